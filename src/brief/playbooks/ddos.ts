import { upstreamScrubbing } from './techniques.js';
import type { Playbook } from './types.js';

/** Distributed denial of service: keep services up, characterise the flood, check for own bots. */
export const ddos: Playbook = {
  incidentType: 'ddos',
  escalation: [
    'If customer-facing services stay degraded beyond their recovery-time objective, escalate to executive leadership and invoke the business-continuity plan.',
    'If the attack comes with a ransom or extortion demand, involve legal counsel and report it to law enforcement.',
    'If flow data shows your own hosts sending attack traffic, treat those hosts as compromised and open a separate malware investigation.',
    'If an intrusion alert fires while the flood is under way, escalate both together: floods are sometimes a distraction.',
  ],
  steps: [
    upstreamScrubbing,
    {
      key: 'ddos.protect-origin',
      timing: 'Immediate',
      title: 'Restrict the origin to the mitigation layer and rate-limit application floods',
      csf: ['RS.MI', 'PR.IR'],
      nist80053: ['SC-5', 'SC-7'],
      cis: ['13.10', '4.4'],
      action:
        "Make the attacked services reachable only through the CDN or scrubbing provider, limit origin firewalls to the provider's published ranges, and turn on rate limiting and challenge modes for application-layer floods.",
      compensatingControl:
        "Rate-limit new connections per source on a Linux front end with `nft add rule inet filter input tcp dport 443 ct state new meter https-flood '{ ip saddr limit rate over 50/second }' drop`, or in nginx with `limit_req_zone $binary_remote_addr zone=perip:10m rate=10r/s;` and `limit_req zone=perip burst=20 nodelay;`.",
      preserveEvidence:
        'Save the firewall and web-server configuration before each change (`nft list ruleset > /evidence/nft-before.txt`) so every mitigation can be tied to its effect and rolled back.',
    },
    {
      key: 'ddos.characterise',
      timing: 'Detection',
      title: 'Characterise the flood from flow and packet data',
      csf: ['DE.AE', 'RS.AN'],
      nist80053: ['SI-4', 'AU-6'],
      cis: ['13.6', '13.3'],
      action:
        'Identify the targeted addresses and ports, protocol mix, packet and bit rates, top source ports and source networks, and whether the attack is volumetric, protocol-level or application-layer; repeat as attackers switch vectors.',
      compensatingControl:
        "`nfdump -R /var/cache/nfdump -s dstip/bytes -n 10` finds the victims, `nfdump -R /var/cache/nfdump -s srcport/packets -n 10 'proto udp and dst net <CIDR>'` exposes reflection vectors, and for HTTP floods `awk '{print $1}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head -20` ranks clients.",
      preserveEvidence:
        'Keep the raw flow files for the attack window and a rotating capture (`tcpdump -nn -i eth0 -C 100 -W 10 -w /evidence/ddos.pcap`) of each vector.',
    },
    {
      key: 'ddos.outbound-participation',
      timing: 'Detection',
      title: 'Check whether your own devices are part of a DDoS botnet',
      csf: ['DE.CM', 'DE.AE'],
      nist80053: ['SI-4', 'SC-7'],
      cis: ['13.6', '13.3'],
      action:
        'Look for internal hosts, especially IoT, customer-premises and edge devices, sending high-rate outbound floods or scanning for Telnet, TR-069 and ADB: both are signs they have been recruited.',
      compensatingControl:
        "`nfdump -R /var/cache/nfdump -o extended 'src net <CIDR> and (dst port 23 or dst port 2323 or dst port 5555 or dst port 7547)'` finds scanners and `nfdump -R /var/cache/nfdump -s srcip/packets -n 20 'src net <CIDR> and proto udp'` ranks outbound UDP senders.",
      preserveEvidence:
        "Capture the suspect device's traffic (`tcpdump -nn -i eth0 -w /evidence/device.pcap 'src net <CIDR>'`) and record its model, firmware and configuration before resetting it; a reboot removes memory-resident bot malware and its evidence.",
    },
    {
      key: 'ddos.impact-capacity',
      timing: 'Assessment',
      title: 'Assess business impact and remaining capacity headroom',
      csf: ['RS.AN', 'ID.RA'],
      nist80053: ['RA-3', 'SC-5', 'CP-2'],
      cis: ['17.9'],
      action:
        'Measure which services degraded, for how long and for whom, and compare peak attack volume with link, state-table and provider capacity to decide whether the current mitigation tier is enough.',
      compensatingControl:
        'Read interface counters on Linux routers with `ip -s link show dev eth0` (SNMP ifHCInOctets elsewhere) and the connection-tracking load with `conntrack -C`; compare with the provider contract and link sizes.',
      preserveEvidence:
        'Export monitoring graphs, uptime-check results and provider attack reports with UTC timestamps; they document impact for customers, insurers and any police report.',
    },
    {
      key: 'ddos.communicate',
      timing: 'Communication',
      title: 'Coordinate with the ISP and mitigation provider and keep customers informed',
      csf: ['RS.CO', 'RC.CO'],
      nist80053: ['IR-6', 'IR-7'],
      cis: ['17.2', '17.6'],
      action:
        'Keep one open channel with the ISP and mitigation provider, publish status updates that state impact and the time of the next update without revealing mitigation details, and report extortion-linked or large attacks to your national CERT or law enforcement.',
      compensatingControl:
        'Without a status-page service, post updates on a page or account hosted away from the attacked infrastructure, using message templates approved in advance in the IR plan.',
      preserveEvidence:
        'Log every external message (who, when, what) and keep provider ticket numbers; together they form the incident timeline.',
    },
    {
      key: 'ddos.resilience',
      timing: 'Long-term',
      title: 'Build standing DDoS resilience and rehearse it',
      csf: ['PR.IR', 'ID.IM'],
      nist80053: ['SC-5', 'SC-7', 'CP-2'],
      cis: ['12.2', '13.10'],
      action:
        'Contract always-on or on-demand scrubbing sized for current record attack volumes, write a runbook with provider contacts and diversion steps and test it, and remove single points of failure such as a sole authoritative DNS provider.',
      compensatingControl:
        'Spread authoritative DNS across two providers, front public web services with an anycast CDN, and check from outside that origins are no longer directly reachable with `nmap -Pn -p 80,443 <CIDR>`.',
      preserveEvidence:
        'Keep the measured attack profile and the lessons-learned record to size future capacity and contracts.',
    },
  ],
  detection: [
    'Inbound traffic to one destination rising several times above baseline within minutes, with packet rate rising faster than bit rate (small-packet floods).',
    'UDP responses from source ports 53, 123, 389, 1900, 3702 or 11211 arriving without matching requests from your hosts (reflection and amplification).',
    'Half-open TCP connections piling up (SYN floods) and firewall or load-balancer state tables nearing their limits.',
    'HTTP request rates per client, URI or user agent far above baseline, including randomised query strings that bypass caches.',
    'Outbound floods or Telnet, TR-069 and ADB scanning from your own IoT or edge devices, showing they are part of a botnet.',
  ],
  forensicArtifacts: [
    'NetFlow, IPFIX or sFlow records for the attack window (nfcapd files) with router and firewall interface counters.',
    'Bounded packet captures of each attack vector, taken before and after mitigation changes.',
    'Web server, load balancer, CDN and WAF logs with client addresses, request paths and response codes.',
    "Mitigation provider's attack reports and alerts, ISP ticket history and the timeline of diversions.",
    'Any extortion messages with full headers, and configuration snapshots of edge devices taken before changes.',
  ],
  recovery: [
    'Return traffic from scrubbing to normal routing only after attack traffic has stayed at baseline for an agreed period, and be ready to divert again: campaigns often come back in waves.',
    'Remove emergency ACLs and rate limits one at a time while watching error rates, so legitimate users blocked during the attack are restored.',
    'Reimage or factory-reset any of your devices found sending attack traffic, update their firmware and change their credentials before reconnecting them.',
    'Hold a lessons-learned review within two weeks and record time to detect, time to mitigate and capacity gaps.',
  ],
};

import { backupIsolation } from './techniques.js';
import type { Playbook } from './types.js';

/** Ransomware and extortion: contain, save the backups, scope the intrusion, rebuild. */
export const ransomware: Playbook = {
  incidentType: 'ransomware',
  escalation: [
    'If a domain controller, hypervisor or backup server shows encryption or ransom notes, invoke the full IR plan and notify executive leadership at once.',
    'If data theft is confirmed or the group lists you on a leak site, engage legal counsel and the privacy officer to assess notification duties.',
    'If an indicator from the story appears in your telemetry, or the group is actively targeting your sector, bring in an external IR provider and report to law enforcement.',
    'If a ransom demand arrives, route it to executive leadership and legal; nobody contacts the actor without counsel and sanctions screening.',
  ],
  steps: [
    {
      key: 'ransomware.isolate-hosts',
      timing: 'Immediate',
      title: 'Isolate affected hosts from the network without powering them off',
      csf: ['RS.MI'],
      nist80053: ['IR-4', 'SC-7'],
      cis: ['13.4', '17.4'],
      action:
        'Contain through network isolation (EDR isolation, switch-port shutdown or a quarantine VLAN) rather than shutdown, so memory and any keys in it survive; disable the accounts seen on affected hosts and block the infrastructure named in the story at the perimeter.',
      compensatingControl:
        "Without EDR isolation, set Windows Firewall to block by default with `Set-NetFirewallProfile -Profile Domain,Private,Public -DefaultInboundAction Block -DefaultOutboundAction Block` and allow only your forensic workstation in, e.g. `New-NetFirewallRule -DisplayName 'IR-analyst' -Direction Inbound -Action Allow -RemoteAddress 192.0.2.10` with its real address; block the infrastructure at a Linux gateway with `iptables -I FORWARD -d <IOC_IPS> -j DROP`.",
      preserveEvidence:
        'Before isolating, capture memory (WinPmem on Windows, `avml /evidence/host.lime` on Linux), the connection table (`Get-NetTCPConnection | Export-Csv -NoTypeInformation C:\\evidence\\netconn.csv`, `ss -tanp > /evidence/ss.txt`), one ransom note and a few encrypted files.',
    },
    backupIsolation,
    {
      key: 'ransomware.scope-intrusion',
      timing: 'Detection',
      title: 'Trace the intrusion back from the first encrypted host',
      csf: ['RS.AN', 'DE.AE'],
      nist80053: ['IR-4', 'AU-6', 'SI-4'],
      cis: ['8.11', '13.1'],
      action:
        'Work back from patient zero to the initial access: the accounts used, remote-access and admin tools (PsExec, RDP, AnyDesk, Cobalt Strike), and every host those accounts reached in the preceding weeks.',
      compensatingControl:
        "List network and RDP logons with `Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4624} | Where-Object { $_.Properties[8].Value -in 3, 10 }` (logon type is the ninth property), PsExec-style service installs with `Get-WinEvent -FilterHashtable @{LogName='System'; Id=7045}`, and fan-out per account in Splunk with `index=* EventCode=4624 Logon_Type IN (3, 10) | stats dc(dest) AS hosts BY user | sort - hosts`.",
      preserveEvidence:
        'Export Security, System, Microsoft-Windows-PowerShell/Operational and Microsoft-Windows-TerminalServices-LocalSessionManager/Operational logs from affected hosts and domain controllers with `wevtutil epl` before reimaging; attackers often clear them (Event ID 1102).',
    },
    {
      key: 'ransomware.assess-exfiltration',
      timing: 'Assessment',
      title: 'Determine whether data was stolen before encryption',
      csf: ['RS.AN', 'ID.RA'],
      nist80053: ['IR-4', 'AU-6', 'SC-7'],
      cis: ['13.6', '3.14'],
      action:
        "Look for archiving tools (7-Zip, WinRAR), rclone or MEGA clients and large outbound transfers before encryption, and check the group's leak-site listing through your threat-intelligence provider rather than from the corporate network.",
      compensatingControl:
        'In Defender, `DeviceProcessEvents | where FileName in~ ("rclone.exe", "7z.exe", "winrar.exe", "megasync.exe")`; from flow data, `nfdump -R /var/cache/nfdump -s srcip/bytes -n 20 \'src net <CIDR> and not dst net <CIDR>\'` ranks outbound volume by host.',
      preserveEvidence:
        'Preserve proxy, firewall and flow logs and any rclone.conf found on hosts: it names the destination and often the credentials the attacker used.',
    },
    {
      key: 'ransomware.notify',
      timing: 'Communication',
      title: 'Brief leadership, counsel and insurer, and report to authorities',
      csf: ['RS.CO'],
      nist80053: ['IR-6', 'IR-7'],
      cis: ['17.2', '17.3'],
      action:
        'Brief executives, legal and the cyber insurer, decide on regulatory and contractual notifications within their deadlines, and report to law enforcement or the national CERT, who may hold decryptors or intelligence on the group.',
      compensatingControl:
        'Communicate out of band (phones, a separate messaging tenant) because mail and chat may be compromised or encrypted, and keep a written decision log with times.',
      preserveEvidence:
        'Keep the ransom note, negotiation-portal address and every message exactly as received; do not contact the actor without counsel.',
    },
    {
      key: 'ransomware.rebuild-harden',
      timing: 'Long-term',
      title: 'Rebuild from known-good sources and close the entry path',
      csf: ['RC.RP', 'ID.IM', 'PR.AA'],
      nist80053: ['CP-10', 'IA-2', 'SI-2'],
      cis: ['6.4', '11.5', '7.7'],
      action:
        'Restore from clean images and from backups verified to predate the intrusion, reset all directory credentials (service accounts, and KRBTGT twice), and fix the initial-access path, such as remote access without MFA or an unpatched edge device, before reconnecting.',
      compensatingControl:
        'Compare autostarts on restored hosts with a known-good baseline (`autorunsc -accepteula -a * -c -h -s`), block inbound RDP at the perimeter and confirm from outside with `nmap -Pn -p 3389 <CIDR>`.',
      preserveEvidence:
        'Keep forensic images of patient zero and key servers until legal holds are released; never reuse their disks for restoration.',
    },
  ],
  detection: [
    'One process modifying or renaming large numbers of files across local disks and network shares, and ransom notes written to many directories.',
    'Deletion of shadow copies and backup catalogues (vssadmin, wmic shadowcopy, wbadmin) and disabling of Windows recovery with bcdedit.',
    'Remote-management and tunnelling tools new to the environment (AnyDesk, ScreenConnect, ngrok, Cloudflare Tunnel) and PsExec-style service creation (System Event ID 7045).',
    'Security tools stopped or tampered with: EDR services halted, Defender exclusions added, vulnerable drivers loaded.',
    'Large outbound transfers to cloud storage or VPS providers in the hours or days before encryption (double extortion).',
    'Credential dumping and discovery bursts: LSASS access, AdFind or SharpHound runs, enumeration of the Domain Admins group.',
  ],
  forensicArtifacts: [
    'Memory images of affected hosts taken before shutdown; keys and injected code may exist only in memory.',
    'Windows Security, System, PowerShell and Terminal Services logs, Sysmon logs where deployed, and EDR telemetry exports.',
    'Ransom notes, a few encrypted files (with originals if available) and the encryptor binary with its hash.',
    'Prefetch, Amcache, ShimCache and SRUM data showing which tools ran and how much each process sent over the network.',
    'Firewall, VPN and proxy logs covering the whole dwell time, including the initial-access path.',
    'Backup-system audit logs showing deletions or configuration changes.',
  ],
  recovery: [
    'Restore in dependency order (identity, core network services, then business applications) into an isolated recovery network, validating each system before it rejoins production.',
    'Restore only from backups verified clean and older than the earliest attacker activity, and check restored systems for persistence.',
    'Reset every credential in the affected directory, including service accounts and KRBTGT (twice, with replication between resets).',
    'Watch restored systems closely for at least 30 days for re-entry through the same path or leftover persistence.',
    'Use a decryptor only from a trusted source (law enforcement, the No More Ransom project, a reputable security vendor) and test it on copies first.',
  ],
};

import type { Playbook } from './types.js';

/** Espionage by a patient actor: hunt quietly, scope, then evict in one coordinated move. */
export const espionage: Playbook = {
  incidentType: 'espionage',
  escalation: [
    'If indicators or techniques from the story match activity in your environment, escalate to senior incident response and limit knowledge of the investigation to a named group.',
    'If the actor is state-sponsored and you run critical infrastructure, hold government contracts or do sensitive research, notify your national CERT or the competent government contact.',
    'If mailboxes of executives, legal or R&D staff were accessed, escalate to executive leadership and legal.',
    'If the actor appears to watch the response (reading IR tickets or incident mail), move coordination out of band and escalate.',
  ],
  steps: [
    {
      key: 'espionage.protect-investigation',
      timing: 'Immediate',
      title: 'Protect the investigation before touching the actor',
      csf: ['RS.MA'],
      nist80053: ['IR-4', 'AU-9'],
      cis: ['17.6', '17.1'],
      action:
        'Move incident coordination to out-of-band channels, restrict tickets and documents to a named group, raise log retention and start evidence preservation on the affected hosts before any containment.',
      compensatingControl:
        'Use phones or a messaging tenant not joined to the affected directory; lengthen mailbox audit retention where needed with `Set-Mailbox -Identity user@example.com -AuditLogAgeLimit 365`.',
      preserveEvidence:
        'Capture memory and disk images of the first confirmed hosts (`avml /evidence/host.lime` on Linux, WinPmem on Windows) and copy their logs to write-once storage.',
    },
    {
      key: 'espionage.sweep-indicators',
      timing: 'Immediate',
      title: "Sweep historical logs for the story's indicators without tipping off the actor",
      csf: ['RS.AN', 'DE.AE'],
      nist80053: ['IR-4', 'SI-4', 'AU-6'],
      cis: ['8.11', '13.1'],
      action:
        'Search historical telemetry for the indicators with read-only queries and hold back blocking for now: containing one foothold of a patient actor early often loses sight of the others.',
      compensatingControl:
        "`zeek-cut ts id.orig_h query answers < dns.log | grep -F '<IOC_DOMAINS>'`, `nfdump -R /var/cache/nfdump 'host <IOC_IPS>'` and in Defender `DeviceNetworkEvents | where RemoteIP == \"<IOC_IPS>\"`.",
      preserveEvidence:
        'Preserve every matching log to write-once storage with hashes before anything changes.',
    },
    {
      key: 'espionage.hunt-tradecraft',
      timing: 'Detection',
      title: "Hunt the actor's tradecraft, not just its indicators",
      csf: ['DE.CM', 'RS.AN'],
      nist80053: ['SI-4', 'AU-6', 'RA-10'],
      cis: ['13.1', '8.5'],
      action:
        'Hunt the behaviours the reporting describes (living-off-the-land commands, edge-device implants, mailbox access with stolen tokens, web shells), because espionage infrastructure is often unique to each victim.',
      compensatingControl:
        'In Defender, `DeviceProcessEvents | where FileName in~ ("net.exe", "nltest.exe", "dsquery.exe", "wmic.exe") | summarize count() by DeviceName, InitiatingProcessFileName`; with only Windows logs, enable process-creation auditing with command lines and review `Get-WinEvent -FilterHashtable @{LogName=\'Security\'; Id=4688}`.',
      preserveEvidence: 'Record every hunt query, its time range and result, including negative results.',
    },
    {
      key: 'espionage.scope-access',
      timing: 'Assessment',
      title: 'Map what the actor could reach and what it actually read',
      csf: ['RS.AN', 'ID.RA'],
      nist80053: ['IR-4', 'AU-6', 'AC-6'],
      cis: ['3.14', '5.1'],
      action:
        'Map compromised accounts and hosts to the data, mailboxes and systems they can access, then use mailbox audit, file-access and application-consent logs to establish what was actually accessed.',
      compensatingControl:
        'In Microsoft 365, `Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-90) -EndDate (Get-Date) -Operations MailItemsAccessed -UserIds user@example.com` shows mailbox reads; review application consents in the Entra ID audit log.',
      preserveEvidence: 'Export unified audit logs before their retention window closes.',
    },
    {
      key: 'espionage.plan-eviction',
      timing: 'Assessment',
      title: 'Plan eviction as one coordinated action',
      csf: ['RS.MI'],
      nist80053: ['IR-4', 'AC-2', 'IA-5'],
      cis: ['6.2', '17.4'],
      action:
        "In one window, block the actor's infrastructure, disable compromised accounts, reset credentials (KRBTGT twice), revoke tokens and application consents and remove implants, so no remaining foothold can restore the others.",
      compensatingControl:
        'Script and rehearse the actions beforehand, e.g. `Disable-ADAccount -Identity svc-example`, `Revoke-MgUserSignInSession -UserId user@example.com` and `iptables -I FORWARD -d <IOC_IPS> -j DROP` on gateways.',
      preserveEvidence:
        'Snapshot systems and export logs just before the eviction window; the actor may react destructively.',
    },
    {
      key: 'espionage.report',
      timing: 'Communication',
      title: 'Brief on a need-to-know basis and share with the CERT or ISAC',
      csf: ['RS.CO'],
      nist80053: ['IR-6', 'PM-16'],
      cis: ['17.2', '17.3'],
      action:
        'Brief executives and legal on a need-to-know basis, share indicators with your national CERT and sector ISAC, and assess duties to notify government customers or regulators.',
      compensatingControl:
        "Share indicators in STIX or MISP format through your ISAC; without a membership, use your national CERT's reporting channel.",
      preserveEvidence: 'Record what was shared, with whom and under which TLP marking.',
    },
    {
      key: 'espionage.harden',
      timing: 'Long-term',
      title: 'Close the access paths and make the next intrusion visible',
      csf: ['ID.IM', 'PR.AA', 'DE.CM'],
      nist80053: ['IA-2', 'AU-11', 'RA-10'],
      cis: ['6.5', '8.10'],
      action:
        "Patch and log edge devices, require phishing-resistant MFA for privileged and remote access, keep logs for at least a year, and add hunts for this actor's tradecraft to routine operations.",
      compensatingControl:
        'Forward edge-device and domain-controller logs to a central collector with long retention, e.g. rsyslog `*.* @@logs.example.com:514` in a file under /etc/rsyslog.d/.',
      preserveEvidence: 'Keep the full investigation record: the same actor often returns.',
    },
  ],
  detection: [
    'Administrative or service accounts logging on from hosts or at times outside their pattern, and valid accounts used over VPN from hosting-provider addresses.',
    'Living-off-the-land discovery (nltest, dsquery, net group, wmic, PowerShell AD cmdlets) run in bursts from unusual parent processes.',
    'Mailbox access the user did not initiate (MailItemsAccessed events from unknown clients, new OAuth consents with mail permissions).',
    'Edge devices (VPN, firewall, mail gateway) making outbound connections, running unknown processes or carrying modified binaries.',
    'Data staged and archived in unusual directories followed by low-and-slow outbound transfers.',
  ],
  forensicArtifacts: [
    'Memory and disk images of confirmed hosts, and integrity-check output and core dumps from edge devices.',
    'Domain-controller Security logs (4624, 4662, 4768, 4769), PowerShell script-block logs (4104) and Sysmon logs.',
    'Microsoft 365 or Google Workspace audit logs: mailbox access, OAuth grants, administrator actions.',
    'VPN and firewall logs for the full dwell time, with DNS and proxy logs.',
    'Recovered implants, web shells and tools with hashes and file-system timestamps.',
  ],
  recovery: [
    "Execute the eviction in one planned window, then watch for the actor's return through missed footholds for at least 90 days.",
    'Rebuild compromised servers and edge devices from trusted media and replace the credentials, certificates and keys they held.',
    'Reduce standing privileged access (tiered administration, just-in-time elevation) before returning to normal operations.',
    'Share final indicators and lessons with your ISAC or CERT so others can hunt.',
  ],
};

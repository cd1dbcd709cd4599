import type { Playbook } from './types.js';

/** An advisory or guidance: decide applicability, hunt, close gaps, and keep the evidence of doing so. */
export const advisory: Playbook = {
  incidentType: 'advisory',
  escalation: [
    'If the advisory describes active exploitation of products you run, escalate it to incident response rather than routine vulnerability management.',
    'If the advisory names your sector or region as a target, raise monitoring priority and brief security leadership.',
    "If the advisory's indicators match your telemetry, open an incident.",
    "If recommended mitigations cannot be applied within the advisory's time frame, escalate the risk acceptance to the system owner.",
  ],
  steps: [
    {
      key: 'advisory.applicability',
      timing: 'Immediate',
      title: 'Decide whether the advisory applies to you',
      csf: ['ID.RA', 'ID.AM'],
      nist80053: ['RA-3', 'CM-8', 'SI-5'],
      cis: ['1.1', '2.1', '7.1'],
      action:
        "Match the advisory's products, versions, sectors and techniques against your asset inventory and threat model, and give each applicable recommendation an owner and a deadline.",
      compensatingControl:
        'Without a CMDB, use scan output (`nmap -sV -oX /evidence/inventory.xml <CIDR>`) and installed-software lists read from the registry with `Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select-Object DisplayName, DisplayVersion` (avoid Win32_Product, which triggers MSI consistency checks).',
      preserveEvidence: 'Record the advisory version and date you assessed, and the inventory snapshot used.',
    },
    {
      key: 'advisory.apply-urgent',
      timing: 'Immediate',
      title: 'Apply the mitigations marked urgent, internet-facing systems first',
      csf: ['RS.MI', 'PR.PS'],
      nist80053: ['SI-2', 'CM-7'],
      cis: ['7.7', '4.8'],
      action:
        'Apply the mitigations the advisory marks most urgent (patches for exploited flaws, disabling exposed services, credential resets) to internet-facing systems first.',
      compensatingControl:
        'Where a patch cannot go on yet, keep the exposed service reachable only from your own ranges, e.g. `iptables -I FORWARD -p tcp --dport 8443 ! -s <CIDR> -j DROP` on the edge gateway.',
      preserveEvidence:
        'Snapshot configurations before changing them, and tie each change ticket to the advisory.',
    },
    {
      key: 'advisory.hunt',
      timing: 'Detection',
      title: "Hunt for the advisory's indicators and described behaviour",
      csf: ['DE.CM', 'DE.AE'],
      nist80053: ['SI-4', 'RA-10'],
      cis: ['13.1', '8.11'],
      action:
        "Run the advisory's indicators through historical logs and turn the behaviours it describes into hunts or detection rules, starting with techniques your current detections do not cover.",
      compensatingControl:
        'Run `DeviceNetworkEvents | where RemoteIP == "<IOC_IPS>"` or `zeek-cut ts id.orig_h query < dns.log | grep -F \'<IOC_DOMAINS>\'`, and convert published Sigma rules for your SIEM with `sigma convert -t splunk -p splunk_windows rule.yml`.',
      preserveEvidence:
        'Save hunt queries, time ranges and results, including negative results: they show due diligence.',
    },
    {
      key: 'advisory.gap-analysis',
      timing: 'Assessment',
      title: 'Compare the recommended mitigations with your controls',
      csf: ['ID.RA', 'ID.IM'],
      nist80053: ['RA-3', 'CA-7', 'CA-2'],
      cis: ['4.1', '7.2'],
      action:
        "Record for each recommended mitigation whether it is in place, partial or missing, and prioritise the gaps that would stop the advisory's initial-access techniques.",
      compensatingControl:
        'One row per recommendation (status, owner, due date, evidence) is enough; verify instead of assuming, e.g. check SMB signing with `nmap -p 445 --script smb2-security-mode <CIDR>`.',
      preserveEvidence: 'Keep the gap analysis and its evidence for auditors.',
    },
    {
      key: 'advisory.brief',
      timing: 'Communication',
      title: 'Brief owners and leadership on applicability and residual risk',
      csf: ['RS.CO', 'GV.OV'],
      nist80053: ['SI-5', 'PM-16'],
      cis: ['17.2'],
      action:
        'Brief system owners and leadership in plain language on applicability, actions taken and residual risk, and share useful detections with peers or your ISAC.',
      compensatingControl:
        'A one-page summary per advisory (applies or not, actions, owner, due date) in the ticketing system is enough.',
      preserveEvidence: 'Keep the summary and its distribution list.',
    },
    {
      key: 'advisory.institutionalise',
      timing: 'Long-term',
      title: 'Turn recurring advisory content into standing practice',
      csf: ['ID.IM', 'GV.OV'],
      nist80053: ['SI-5', 'PM-16', 'CA-7'],
      cis: ['7.1'],
      action:
        "Subscribe to the issuing agency's and your vendors' advisories, add their recurring techniques to the detection backlog, and track time from advisory to mitigation as a metric.",
      compensatingControl:
        "Feed advisories into the ticket system through their RSS feeds and record ATT&CK IDs on each ticket, so coverage can be kept as an ATT&CK Navigator layer and counted with `jq '.techniques | length' layer.json`.",
      preserveEvidence: 'Keep the metric history and closed advisory records.',
    },
  ],
  detection: [
    "The advisory's indicators (addresses, domains, hashes) in historical DNS, proxy, firewall and endpoint telemetry.",
    "The advisory's described techniques translated into behaviour hunts for your environment, starting with initial access and persistence.",
    'Exploitation attempts against the products the advisory names, in web, WAF and appliance logs.',
    'Configuration drift that reopens weaknesses the advisory calls out.',
  ],
  forensicArtifacts: [
    'Hunt queries and results, including negative results, with their time ranges.',
    'Inventory and scan snapshots used to decide applicability.',
    'Logs supporting any indicator match, preserved to write-once storage.',
    'Change records of mitigations applied in response.',
  ],
  recovery: [
    'Verify each applied mitigation works (rescan, configuration check) and document residual risk.',
    'Re-run the hunts when the advisory is revised or new indicators are published.',
    'Close the advisory record with evidence of applicability, actions and verification.',
  ],
};

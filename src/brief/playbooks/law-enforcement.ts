import type { Playbook } from './types.js';

/**
 * A takedown, seizure or arrest. The servers are gone but infected devices, stolen credentials and
 * exposed data remain: the defender's work is to find what still points at the old infrastructure.
 */
export const lawEnforcement: Playbook = {
  incidentType: 'law-enforcement',
  escalation: [
    'If any internal host or device contacted the seized infrastructure in the months before the takedown, open an incident: the infection outlives the servers.',
    'If the announcement names your organisation, products or customers among the victims, escalate to legal and communications.',
    'If law enforcement or a national CERT notifies you directly of infected devices or stolen data, treat it as a confirmed incident.',
    'If reporting shows the operators rebuilding (new infrastructure, new malware versions), raise monitoring priority.',
  ],
  steps: [
    {
      key: 'takedown.check-beaconing',
      timing: 'Immediate',
      title: 'Check whether your devices talked to the seized infrastructure',
      csf: ['RS.AN', 'DE.CM'],
      nist80053: ['SI-4', 'AU-6'],
      cis: ['8.11', '13.6'],
      action:
        'Search DNS, proxy, firewall and flow logs as far back as retention allows for the infrastructure named in the takedown, and list the internal sources: devices that are still infected keep calling the now-sinkholed names.',
      compensatingControl:
        '`zeek-cut ts id.orig_h query answers < dns.log | grep -F \'<IOC_DOMAINS>\'`, `nfdump -R /var/cache/nfdump -o extended \'host <IOC_IPS>\'`, and in Splunk `index=* (query="*<IOC_DOMAINS>" OR dest_ip="<IOC_IPS>") | stats earliest(_time) AS first latest(_time) AS last count BY src_ip`.',
      preserveEvidence:
        'Export the matching log lines with hashes: they show when an infection began and may be requested by investigators.',
    },
    {
      key: 'takedown.watch-sinkhole',
      timing: 'Detection',
      title: 'Alert on any new contact with the seized domains and addresses',
      csf: ['DE.CM'],
      nist80053: ['SI-4', 'SC-7'],
      cis: ['13.1', '9.2'],
      action:
        'Keep blocking and logging the seized domains and addresses and alert on every new contact: they now resolve to law-enforcement or research sinkholes, so any hit is an infected device.',
      compensatingControl:
        'Add a Sigma rule for resolver logs, e.g. `detection: {selection: {query|endswith: [\'<IOC_DOMAINS>\']}, condition: selection}`, or a Suricata rule `alert dns $HOME_NET any -> any any (msg:"seized domain lookup"; dns.query; content:"<IOC_DOMAINS>"; nocase; sid:9000101; rev:1;)`.',
      preserveEvidence: "Keep each alert with device, time and domain, and notify the device's owner.",
    },
    {
      key: 'takedown.remediate-devices',
      timing: 'Assessment',
      title: 'Assess and clean or replace each device found',
      csf: ['RS.MI', 'ID.AM'],
      nist80053: ['IR-4', 'CM-8', 'SI-2'],
      cis: ['1.1', '7.7', '2.2'],
      action:
        'For each device that contacted the infrastructure, identify what it is and which malware family the operation targeted, then reimage computers, factory-reset and update IoT devices, and replace devices without vendor support.',
      compensatingControl:
        'Identify unknown devices from the gateway with `ip neigh show` and `nmap -sV -O <CIDR>`, and check their management interfaces for factory logins with `nmap -sV -p 22,23,80,443 --script http-default-accounts <CIDR>`.',
      preserveEvidence:
        "Before resetting, record model, firmware and configuration, and capture the device's traffic for a few minutes.",
    },
    {
      key: 'takedown.check-exposed-data',
      timing: 'Assessment',
      title: 'Check whether your accounts or data are in the seized material',
      csf: ['RS.AN', 'ID.RA'],
      nist80053: ['IA-5', 'IR-4'],
      cis: ['5.1', '6.2'],
      action:
        'If the operation seized a marketplace, infostealer or leak service, check through official victim-notification channels or breach-notification services whether your domains, accounts or data appear, and reset exposed credentials.',
      compensatingControl:
        'Register your domains with breach-notification services that verify domain ownership, review identity-provider reports of leaked credentials, and check whether an exposed account has changed its password since the theft with `Get-ADUser -Identity example-user -Properties PasswordLastSet, LastLogonDate`.',
      preserveEvidence: 'Record what was found, when, and which accounts were reset.',
    },
    {
      key: 'takedown.communicate',
      timing: 'Communication',
      title: 'Explain what the takedown changes and what it does not',
      csf: ['RS.CO'],
      nist80053: ['IR-6', 'IR-7'],
      cis: ['17.2'],
      action:
        "Tell stakeholders that the operators' servers are disrupted but infected devices, stolen credentials and exposed data remain, and answer any victim notification through legal.",
      compensatingControl:
        'Verify any victim notification through official contact details you look up yourself before opening links or attachments: takedowns are routinely followed by phishing that imitates them.',
      preserveEvidence: 'Keep the notification and a record of how it was verified.',
    },
    {
      key: 'takedown.prevent-reinfection',
      timing: 'Long-term',
      title: 'Expect the operation to rebuild and remove what made recruitment possible',
      csf: ['ID.IM', 'PR.PS'],
      nist80053: ['CM-6', 'SI-2', 'SC-7'],
      cis: ['4.7', '12.2', '7.7'],
      action:
        'Keep the infrastructure blocks, watch for new variants of the same family, and remove the conditions that let devices be recruited: default credentials, exposed management interfaces, unsupported firmware.',
      compensatingControl:
        'Put IoT on its own VLAN with deny-by-default egress and re-run `nmap -p 23,2323,5555,7547 --open <CIDR>` monthly to catch newly exposed devices.',
      preserveEvidence: 'Keep scan history to show the exposure trend over time.',
    },
  ],
  detection: [
    'Internal hosts resolving or connecting to the seized domains and addresses, which sinkholes now often answer.',
    "Devices that keep retrying C2 after the takedown: repeated failed connections or NXDOMAIN answers for the family's domains.",
    'New infrastructure for the same malware family or service after the takedown, and variants with changed protocols.',
    'Phishing that imitates the law-enforcement announcement or victim notification.',
    'Logins with credentials reported as exposed in the seized data.',
  ],
  forensicArtifacts: [
    'Historical DNS, proxy, firewall and flow logs showing contacts with the seized infrastructure, first and last seen per host.',
    'The official announcement and any indicator lists published with it, archived with date.',
    'Configurations, firmware versions and traffic captures from devices that contacted the infrastructure.',
    'Victim notifications from law enforcement or CERTs, with the record of their verification.',
  ],
  recovery: [
    'Close a device out only after it has been cleaned or replaced and has shown no contact with the infrastructure or its successors for an agreed period.',
    'Keep the blocks and sinkhole alerts in place: disrupted operations often rebuild within weeks.',
    'Reset credentials found in seized data and check those accounts for misuse before the takedown.',
  ],
};

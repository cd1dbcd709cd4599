import type { Playbook } from './types.js';

/** Data breach or exposure: close the path, reconstruct access, decide notifications. */
export const dataBreach: Playbook = {
  incidentType: 'data-breach',
  escalation: [
    'If personal, payment or health data is confirmed in the exposed set, engage legal counsel and the privacy officer at once: notification deadlines can be counted in hours or days.',
    "If a third party holding your data is the breached party, invoke the contract's notification clauses and request their incident details in writing.",
    'If the attacker still has access (active sessions, valid tokens, persistence), treat it as an active intrusion and escalate to full incident response.',
    'If stolen data is offered for sale or published on a leak site, escalate to executives, legal and communications together.',
  ],
  steps: [
    {
      key: 'breach.stop-the-leak',
      timing: 'Immediate',
      title: 'Close the exposure path and revoke the access that was used',
      csf: ['RS.MI'],
      nist80053: ['AC-2', 'AC-3', 'IA-5'],
      cis: ['3.3', '6.2'],
      action:
        'Close the misconfigured storage, exposed database or API, revoke the compromised credentials, tokens and API keys, and end the active sessions of affected accounts.',
      compensatingControl:
        'Block public access to an S3 bucket with `aws s3api put-public-access-block --bucket example-bucket --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true`, revoke Entra ID sessions with `Revoke-MgUserSignInSession -UserId user@example.com`, and deactivate leaked keys with `aws iam update-access-key --user-name example-user --access-key-id AKIAIOSFODNN7EXAMPLE --status Inactive`.',
      preserveEvidence:
        "Before changing permissions, export the resource's policy and ACLs (`aws s3api get-bucket-policy --bucket example-bucket`) and its access logs (S3 server access logs, CloudTrail, database audit logs): they are the only record of who read the data.",
    },
    {
      key: 'breach.reconstruct-access',
      timing: 'Detection',
      title: 'Reconstruct who accessed which data, and when',
      csf: ['RS.AN', 'DE.AE'],
      nist80053: ['AU-6', 'AU-12', 'IR-4'],
      cis: ['8.11', '3.14'],
      action:
        'Build the access timeline for the exposed data from audit logs (identities, source addresses, objects or rows read, volumes), starting from the earliest possible exposure date rather than the discovery date.',
      compensatingControl:
        'Query CloudTrail management events per principal with `aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=example-user`; in Microsoft Sentinel, `OfficeActivity | where Operation in ("FileDownloaded", "FileSyncDownloadedFull") | summarize files = dcount(OfficeObjectId) by UserId, ClientIP | where files > 100` finds bulk downloads.',
      preserveEvidence:
        'Copy audit logs to write-once storage and hash them (`sha256sum`) now: many services keep them only for a limited period by default.',
    },
    {
      key: 'breach.monitor-misuse',
      timing: 'Detection',
      title: 'Watch for use of the stolen data',
      csf: ['DE.CM'],
      nist80053: ['SI-4', 'AC-7'],
      cis: ['8.11', '13.1'],
      action:
        'Monitor for logins with exposed credentials, credential-stuffing spikes against your portals, phishing that quotes exposed details, and fraud on exposed payment data.',
      compensatingControl:
        'Spot stuffing in Splunk with `index=* action=failure | stats dc(user) AS users BY src | where users > 20`, and in Entra ID with `SigninLogs | where ResultType != "0" | summarize users = dcount(UserPrincipalName) by IPAddress | where users > 20`.',
      preserveEvidence:
        'Keep sign-in logs of the accounts in the exposed set for the whole notification period.',
    },
    {
      key: 'breach.classify-data',
      timing: 'Assessment',
      title: 'Determine what data, and whose, was exposed',
      csf: ['RS.AN', 'ID.AM'],
      nist80053: ['IR-4', 'RA-3'],
      cis: ['3.2', '3.1'],
      action:
        'Inventory the exposed records by category (credentials, personal, payment, health, confidential business), count affected people and jurisdictions, and establish whether the data was encrypted and whether the keys were exposed too.',
      compensatingControl:
        "Work on the dataset only in an isolated analysis environment and count identifiers with pattern searches, e.g. `grep -Eo '[[:alnum:]._%+-]+@[[:alnum:].-]+\\.[[:alpha:]]{2,}' export.csv | sort -u | wc -l` for distinct e-mail addresses, rather than copying it further.",
      preserveEvidence:
        'Keep a hashed, access-controlled copy of the exposed dataset or leaked sample as the basis for notification decisions, and log who handles it.',
    },
    {
      key: 'breach.notify',
      timing: 'Communication',
      title: 'Decide and meet notification duties with counsel',
      csf: ['RS.CO', 'RC.CO'],
      nist80053: ['IR-6', 'IR-7'],
      cis: ['17.2', '17.3'],
      action:
        'With counsel, decide and meet notification duties to regulators, affected people, card brands and partners; prepare a holding statement and a support channel, and tell affected people concretely what to do.',
      compensatingControl:
        'Without a breach-notification service, keep a register of each obligation with its deadline, recipient and proof of sending, and reuse templates approved in the IR plan.',
      preserveEvidence:
        'Retain every notification with its date and recipients, and the facts known when it was sent: regulators judge what you knew and when.',
    },
    {
      key: 'breach.reduce-exposure',
      timing: 'Long-term',
      title: 'Fix the root cause and reduce what can leak next time',
      csf: ['ID.IM', 'PR.DS', 'PR.AA'],
      nist80053: ['SC-28', 'AC-6', 'CM-6'],
      cis: ['3.1', '3.11', '6.3'],
      action:
        'Fix the root cause (misconfiguration, missing MFA, over-broad access), add automated checks for public exposure, minimise and encrypt stored personal data, and enforce retention limits.',
      compensatingControl:
        'Schedule an external check of your own ranges for exposed data stores with `nmap -Pn -sV -p 3306,5432,6379,9200,27017 <CIDR>` and a recurring review of public sharing links in SaaS tenants.',
      preserveEvidence: 'Keep the root-cause analysis and configuration diffs with the incident record.',
    },
  ],
  detection: [
    'One identity reading or exporting far more files or rows than its baseline, especially outside working hours.',
    'Access to storage buckets, databases or APIs from unfamiliar addresses or by anonymous principals.',
    'New access keys, OAuth application consents or mailbox forwarding rules that give lasting access to data.',
    'Archives created on servers (7-Zip, WinRAR, tar) followed by large outbound transfers.',
    'Logins with credentials from the exposed dataset and credential-stuffing spikes against customer portals.',
  ],
  forensicArtifacts: [
    'Cloud audit logs (CloudTrail, Azure activity and Entra ID sign-in logs, Google Cloud audit logs) and storage access logs.',
    'Database audit logs and API gateway logs with client identities and response sizes.',
    "Copies of the exposed resource's access policy and its change history.",
    'Proxy, firewall and flow logs showing outbound volume during the exposure window.',
    'The leaked sample or sale listing, if published, captured with date and hash.',
  ],
  recovery: [
    'Confirm from outside that the exposure path is closed (an unauthenticated request fails) and that revoked credentials no longer work.',
    'Force password resets and MFA for exposed accounts, and invalidate tokens and API keys issued before the fix.',
    'Give affected people concrete protective steps (password change, fraud alerts, credit monitoring where customary).',
    'Check similar resources for the same misconfiguration before closing the incident.',
  ],
};

import type { PlaybookStep, TechniqueDetection } from './types.js';

/*
 * Steps and hunts that depend on the ATT&CK techniques a story names rather than on its incident
 * type. A step defined here without `whenTechniques` is also reused, unconditionally, by the playbook
 * of the type it belongs to; both share the key, so selectSteps keeps it once.
 */

export const patchAndHuntWebShells: PlaybookStep = {
  key: 'exploit.patch-and-hunt-webshells',
  timing: 'Immediate',
  title: 'Patch or isolate the exposed application, then hunt for web shells',
  csf: ['RS.MI', 'RS.AN'],
  nist80053: ['SI-2', 'RA-5', 'SI-4'],
  cis: ['7.7', '7.4'],
  action:
    'Apply the vendor fix or documented mitigation to every exposed instance, then assume it was compromised before the patch: hunt for web shells and for unexpected child processes of the web server before declaring it clean.',
  compensatingControl:
    'If the patch cannot go on today, take the service off the internet or restrict it to an allow-list or VPN. Find recently written server-side scripts with `find /var/www -type f \\( -name \'*.php\' -o -name \'*.jsp\' -o -name \'*.jspx\' \\) -mtime -30 -ls` or `Get-ChildItem -Path C:\\inetpub\\wwwroot -Recurse -File -Include *.aspx,*.ashx,*.asmx | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-30) }`, and shells spawned by the server with `DeviceProcessEvents | where InitiatingProcessFileName in~ ("w3wp.exe", "httpd.exe", "tomcat9.exe", "java.exe") and FileName in~ ("cmd.exe", "powershell.exe")`.',
  preserveEvidence:
    'Snapshot the VM or image the disk before patching, and archive web, application and WAF logs for at least 30 days (`tar czf /evidence/weblogs.tar.gz /var/log/nginx` then `sha256sum /evidence/weblogs.tar.gz`): upgrades often overwrite the files an attacker changed.',
};

export const defaultCredentialAudit: PlaybookStep = {
  key: 'access.default-credential-audit',
  timing: 'Immediate',
  title: 'Find and change default or hard-coded credentials on exposed devices',
  csf: ['PR.AA', 'ID.AM'],
  nist80053: ['IA-5', 'AC-2', 'CM-6'],
  cis: ['4.7', '5.2'],
  action:
    'Find every reachable device and application still using vendor default or hard-coded credentials, give each a unique password, and turn off remote management interfaces (Telnet, web admin, TR-069, ADB) the business does not need.',
  compensatingControl:
    'Scan your own ranges for management services and factory logins with `nmap -sV -p 22,23,80,443,2323,7547,8080 --script http-default-accounts -oA /evidence/mgmt-scan <CIDR>` and list Telnet and ADB listeners with `nmap -p 23,2323,5555 --open <CIDR>`. Where a device cannot take a new password, block its management ports at the edge: `iptables -I FORWARD -d <CIDR> -p tcp -m multiport --dports 23,2323,5555,7547 -j DROP`.',
  preserveEvidence:
    "Keep the scan output and each device's model, firmware version and configuration export before changing anything, and note which accounts accepted a default password so their earlier use can be searched in logs.",
};

export const backupIsolation: PlaybookStep = {
  key: 'backups.isolate-and-verify',
  timing: 'Immediate',
  title: 'Isolate backups and confirm a clean, restorable copy exists',
  csf: ['RS.MI', 'RC.RP'],
  nist80053: ['CP-9', 'CP-10'],
  cis: ['11.3', '11.4'],
  action:
    'Disconnect backup servers, repositories and their consoles from production and from the directory, rotate backup-administrator credentials, and confirm the newest offline or immutable copy is intact and restorable. Deleting or encrypting backups usually comes before the ransom note.',
  compensatingControl:
    'Without immutable storage, disconnect or power down the backup target after the last good job and export its catalogue. On Windows, `vssadmin list shadows` shows whether shadow copies survive; hunt for their deletion with `DeviceProcessEvents | where (FileName =~ "vssadmin.exe" and ProcessCommandLine has "shadows") or (FileName =~ "wmic.exe" and ProcessCommandLine has "shadowcopy") or (FileName =~ "bcdedit.exe" and ProcessCommandLine has "recoveryenabled")`.',
  preserveEvidence:
    "Export backup job history and the backup system's audit log and hash a sample of restore points (`sha256sum`) before touching anything; if backups were deleted, that audit trail names the account that did it.",
};

export const phishingSearchAndPurge: PlaybookStep = {
  key: 'phishing.search-and-purge',
  timing: 'Immediate',
  title: 'Search all mailboxes for the lure and purge every copy',
  csf: ['RS.MI', 'RS.AN'],
  nist80053: ['SI-8', 'IR-4'],
  cis: ['9.7', '9.2'],
  action:
    "Search every mailbox for the lure (sender, subject, attachment hash, link domain), purge all copies, and list who received, opened or clicked it so those users' accounts and endpoints are reviewed first.",
  compensatingControl:
    "In Microsoft 365, run `New-ComplianceSearch -Name 'ir-phish' -ExchangeLocation All -ContentMatchQuery 'from:<IOC_DOMAINS>'`, `Start-ComplianceSearch -Identity 'ir-phish'`, then `New-ComplianceSearchAction -SearchName 'ir-phish' -Purge -PurgeType SoftDelete`; with Defender for Office 365, find clicks with `UrlClickEvents | where Url has \"<IOC_DOMAINS>\"`. On a Postfix relay, `grep -F '<IOC_DOMAINS>' /var/log/mail.log` lists deliveries.",
  preserveEvidence:
    'Export one original message with full headers (.eml or .msg) and its attachments to evidence storage and hash them, and keep the search results, before purging.',
};

export const upstreamScrubbing: PlaybookStep = {
  key: 'ddos.upstream-scrubbing',
  timing: 'Immediate',
  title: 'Have upstream scrubbing ready, and divert the attacked prefixes when targeted',
  csf: ['RS.MI', 'PR.IR'],
  nist80053: ['SC-5', 'SC-7'],
  cis: ['12.2', '13.10'],
  action:
    'Confirm with your ISP or DDoS-mitigation provider how scrubbing (BGP or DNS diversion), upstream filtering or remotely triggered blackholing is activated for your prefixes and who may trigger it; when you are targeted, divert at once, because a volumetric flood cannot be filtered on the link it is already saturating.',
  compensatingControl:
    "With no contracted service, give the ISP the victim addresses, protocols, source ports and packet rates from flow data: `nfdump -R /var/cache/nfdump -s srcport/packets -n 10 'proto udp and dst net <CIDR>'` shows reflection vectors (UDP 53, 123, 1900, 11211). On a Linux edge router with an existing inet filter table, drop responses that have no business reaching you: `nft add rule inet filter forward ip daddr <CIDR> udp sport '{ 1900, 11211 }' drop`.",
  preserveEvidence:
    "Capture a bounded sample before mitigation changes the attack's shape (`tcpdump -nn -i eth0 -c 200000 -w /evidence/ddos-sample.pcap 'dst net <CIDR>'`), and keep flow files, provider alerts and the times each mitigation was applied.",
};

export const vpnSessionReview: PlaybookStep = {
  key: 'remote.vpn-session-review',
  timing: 'Detection',
  title: 'Review VPN and other remote-access sessions for misuse',
  csf: ['DE.CM', 'RS.AN'],
  nist80053: ['AC-17', 'AU-6', 'IA-2'],
  cis: ['6.4', '8.11'],
  action:
    "Review VPN, VDI and other external remote-service logins over the exposure window for new devices, impossible travel, unusual hours, accounts that should not have remote access and sources in hosting-provider address space. End suspicious sessions and reset those accounts' passwords and MFA.",
  compensatingControl:
    "Export the gateway's authentication log and summarise per user, e.g. in Splunk `index=vpn action=success | iplocation src | stats dc(Country) AS countries values(src) AS sources BY user | where countries > 1`; on Windows NPS or RRAS servers, `Get-WinEvent -FilterHashtable @{LogName='Security'; Id=6272,6273}` lists granted and denied network-policy authentications.",
  preserveEvidence:
    "Export the VPN appliance's logs and configuration (local accounts, authorised certificates) before resetting anything; appliance logs often roll over within days.",
};

export const buildVerification: PlaybookStep = {
  key: 'supplychain.verify-builds',
  timing: 'Assessment',
  title: 'Find every build and host with the affected component and verify artefacts',
  csf: ['RS.AN', 'GV.SC'],
  nist80053: ['SR-4', 'SR-11', 'SI-7', 'CM-8'],
  cis: ['16.4', '16.5', '2.1'],
  action:
    "Identify every system, image and build that contains the affected component and version, including transitive dependencies, compare installed artefacts against the publisher's known-good hashes or signatures, and rebuild from verified sources.",
  compensatingControl:
    'Without an SBOM platform, search lockfiles across repositories with `git grep -n` for the package name and version; check npm registry signatures with `npm audit signatures`, install Python dependencies with `pip install --require-hashes -r requirements.txt`, and verify downloads with `sha256sum -c SHA256SUMS` and `gpg --verify artefact.tar.gz.asc artefact.tar.gz`.',
  preserveEvidence:
    'Keep the suspect package or installer with its hash, and the lockfiles and CI logs of every build that pulled it: together they show which releases and hosts are affected.',
};

const credentialAttackReview: PlaybookStep = {
  key: 'access.credential-attack-review',
  timing: 'Detection',
  title: 'Hunt for password spraying and credential stuffing, and the logins that followed',
  csf: ['DE.AE', 'RS.AN'],
  nist80053: ['AC-7', 'IA-2', 'AU-6'],
  cis: ['6.3', '8.11'],
  action:
    'Look for many accounts tried a few times each from the same sources against external logins, and above all for the successful logins that followed; reset and enforce MFA on every account that authenticated from those sources.',
  compensatingControl:
    'In Entra ID, `SigninLogs | where ResultType != "0" | summarize users = dcount(UserPrincipalName) by IPAddress | where users > 10`; in Splunk, `index=* EventCode=4625 | stats dc(user) AS users BY src | where users > 10`; on a domain controller, `Get-WinEvent -FilterHashtable @{LogName=\'Security\'; Id=4625; StartTime=(Get-Date).AddDays(-7)}`.',
  preserveEvidence:
    'Export identity-provider sign-in logs and domain-controller Security logs for the attack window (`wevtutil epl Security C:\\evidence\\Security.evtx`) before retention expires.',
};

const beaconHunt: PlaybookStep = {
  key: 'c2.beacon-hunt',
  timing: 'Detection',
  title: 'Hunt for command-and-control beaconing',
  csf: ['DE.CM', 'DE.AE'],
  nist80053: ['SI-4', 'SC-7'],
  cis: ['13.6', '8.6'],
  action:
    'Look for hosts that contact the same external destination at regular intervals, talk on non-standard ports, or resolve algorithmically generated or newly registered domains.',
  compensatingControl:
    "Rank internal-to-external pairs by connection count with `zeek-cut id.orig_h id.resp_h id.resp_p < conn.log | sort | uniq -c | sort -rn | head -50` and list rarely queried names with `zeek-cut query < dns.log | sort | uniq -c | sort -n | head -50`; record traffic to the story's infrastructure with `tcpdump -nn -i eth0 -w /evidence/c2.pcap 'host <IOC_IPS>'`.",
  preserveEvidence:
    'Keep DNS, proxy and flow logs for the whole dwell time, and capture traffic to confirmed C2 before blocking it so the protocol can be decoded later.',
};

const exfiltrationReview: PlaybookStep = {
  key: 'exfil.volume-review',
  timing: 'Assessment',
  title: 'Quantify what left the network and where it went',
  csf: ['RS.AN'],
  nist80053: ['SC-7', 'AU-6', 'SI-4'],
  cis: ['13.6', '3.14'],
  action:
    'Find the hosts with the largest outbound transfers during the incident window and the cloud-storage or file-sharing services they reached, then map those hosts to the data they hold.',
  compensatingControl:
    '`nfdump -R /var/cache/nfdump -s srcip/bytes -n 20 \'src net <CIDR> and not dst net <CIDR>\'` ranks outbound volume per host; `zeek-cut id.orig_h id.resp_h orig_bytes < conn.log | sort -k3,3nr | head -20` lists the largest uploads; in Defender, `DeviceProcessEvents | where FileName in~ ("rclone.exe", "megasync.exe")` finds common exfiltration tools.',
  preserveEvidence:
    'Preserve flow, proxy and firewall logs and cloud audit logs for the window; they decide whether notification thresholds are met.',
};

const credentialReset: PlaybookStep = {
  key: 'credentials.reset-after-dumping',
  timing: 'Assessment',
  title: 'Treat credentials on affected hosts as stolen and plan a staged reset',
  csf: ['RS.MI', 'PR.AA'],
  nist80053: ['IA-5', 'AC-2', 'AC-6'],
  cis: ['5.4', '6.5'],
  action:
    'List the accounts that logged on to hosts where credentials were dumped, reset privileged and service accounts first, and reset the KRBTGT password twice, with replication between resets, if domain controllers were reached.',
  compensatingControl:
    "List privileged accounts with `Get-ADUser -Filter 'adminCount -eq 1' -Properties PasswordLastSet | Select-Object Name, PasswordLastSet`; find LSASS access in Sysmon with `Get-WinEvent -FilterHashtable @{LogName='Microsoft-Windows-Sysmon/Operational'; Id=10} | Where-Object { $_.Message -match 'lsass.exe' }`.",
  preserveEvidence:
    'Capture memory of affected domain controllers and servers before reboots, and export Security and Sysmon logs (`wevtutil epl Microsoft-Windows-Sysmon/Operational C:\\evidence\\sysmon.evtx`).',
};

const persistenceSweep: PlaybookStep = {
  key: 'persistence.sweep',
  timing: 'Detection',
  title: 'Sweep affected hosts for persistence created during the incident',
  csf: ['DE.CM', 'RS.AN'],
  nist80053: ['SI-4', 'CM-7', 'AU-6'],
  cis: ['8.5', '13.2'],
  action:
    'Enumerate autostart locations, services, scheduled tasks, new accounts and SSH keys on affected hosts and compare them with a known-good host of the same build.',
  compensatingControl:
    "Export all autostarts with hashes and signature status using Sysinternals `autorunsc -accepteula -a * -c -h -s > C:\\evidence\\autoruns.csv`; new services appear with `Get-WinEvent -FilterHashtable @{LogName='System'; Id=7045}` and new accounts as Security event 4720. On Linux, review `systemctl list-unit-files --state=enabled`, `ls -la /etc/cron.* /var/spool/cron` and every `~/.ssh/authorized_keys`.",
  preserveEvidence:
    'Save the autostart listing and the System and Security logs before removing anything, so the mechanism and its creation time stay documented.',
};

/** Technique-specific steps; selectSteps adds those whose `whenTechniques` match the story. */
export const techniqueSteps: readonly PlaybookStep[] = [
  { ...patchAndHuntWebShells, whenTechniques: ['T1190', 'T1505.003'] },
  { ...defaultCredentialAudit, whenTechniques: ['T1078.001', 'T1584.005'] },
  { ...backupIsolation, whenTechniques: ['T1486', 'T1490', 'T1485', 'T1561'] },
  { ...phishingSearchAndPurge, whenTechniques: ['T1566', 'T1534'] },
  { ...upstreamScrubbing, whenTechniques: ['T1498', 'T1499'] },
  { ...vpnSessionReview, whenTechniques: ['T1133'] },
  { ...buildVerification, whenTechniques: ['T1195'] },
  { ...credentialAttackReview, whenTechniques: ['T1110'] },
  { ...beaconHunt, whenTechniques: ['T1071', 'T1095', 'T1571', 'T1573', 'T1568', 'T1105'] },
  { ...exfiltrationReview, whenTechniques: ['T1041', 'T1048', 'T1567', 'T1537', 'T1020'] },
  { ...credentialReset, whenTechniques: ['T1003', 'T1558', 'T1550', 'T1555'] },
  { ...persistenceSweep, whenTechniques: ['T1053', 'T1543', 'T1547', 'T1136', 'T1098', 'T1546'] },
];

/** Technique-specific behaviours to hunt, added to the detection guidance of any playbook. */
export const techniqueDetections: readonly TechniqueDetection[] = [
  {
    whenTechniques: ['T1190'],
    text: 'Web servers or appliances spawning shells, scripting engines or download tools (w3wp.exe starting cmd.exe or powershell.exe; java or tomcat starting sh), and new script files in web roots.',
  },
  {
    whenTechniques: ['T1505.003'],
    text: "POST requests that return 200 to rarely requested server-side scripts; in combined-format access logs, `awk '$6 ~ /POST/ && $9 == 200 {print $7}' access.log | sort | uniq -c | sort -n | head` lists the least-requested targets.",
  },
  {
    whenTechniques: ['T1078.001'],
    text: 'Successful logins with vendor default account names (admin, root, support, user) on devices and appliances, especially from external addresses.',
  },
  {
    whenTechniques: ['T1110'],
    text: 'Failed logons spread across many accounts from one source (spraying), or many sources with a few successes each (credential stuffing through residential proxies).',
  },
  {
    whenTechniques: ['T1486'],
    text: 'One process renaming or rewriting many files with high-entropy content, and ransom-note files appearing in many directories at once.',
  },
  {
    whenTechniques: ['T1490'],
    text: 'Execution of `vssadmin delete shadows`, `wmic shadowcopy delete`, `wbadmin delete catalog` or `bcdedit /set {default} recoveryenabled no`.',
  },
  {
    whenTechniques: ['T1498'],
    text: 'Inbound UDP surges from source ports 53, 123, 389, 1900 or 11211 (reflection and amplification), or SYN and UDP floods from many sources to one destination.',
  },
  {
    whenTechniques: ['T1499'],
    text: 'Request rates per client, URI or user agent far above baseline, floods against expensive endpoints (search, login), and slow connections holding worker slots.',
  },
  {
    whenTechniques: ['T1583.005', 'T1584.005'],
    text: 'Your own IoT or edge devices acting as bot nodes: outbound scanning of Telnet (23, 2323), TR-069 (7547) or ADB (5555), or bursts of outbound flood traffic.',
  },
  {
    whenTechniques: ['T1566'],
    text: 'Mail from look-alike or newly registered domains, attachments with macros, ISO/IMG, LNK or HTML-smuggling content, and Office or browser processes starting script interpreters.',
  },
  {
    whenTechniques: ['T1059.001'],
    text: 'PowerShell with encoded commands (-EncodedCommand, -enc) or download cradles (IEX, Invoke-WebRequest, Net.WebClient), visible in script-block logging (Event ID 4104).',
  },
  {
    whenTechniques: ['T1133'],
    text: 'Remote-service logins from hosting-provider or anonymising networks, for accounts with no prior remote use, or concurrent sessions for one user from different countries.',
  },
  {
    whenTechniques: ['T1071.004', 'T1568'],
    text: 'DNS queries with long, high-entropy subdomain labels, high query volume to one domain, or TXT lookups from hosts that normally make none.',
  },
  {
    whenTechniques: ['T1567', 'T1041', 'T1048'],
    text: 'Large outbound uploads from servers to cloud storage or file-sharing services, and rclone, MEGAsync or similar tools appearing on hosts that never used them.',
  },
  {
    whenTechniques: ['T1021.001'],
    text: 'RDP logons (Event ID 4624, logon type 10) between workstations, or from servers to workstations, that do not match administrative practice.',
  },
  {
    whenTechniques: ['T1003'],
    text: 'Processes opening LSASS memory (Sysmon Event ID 10 with lsass.exe as target), ntdsutil or shadow copies used to copy NTDS.dit, and directory replication requests (Event ID 4662) from hosts that are not domain controllers.',
  },
  {
    whenTechniques: ['T1195'],
    text: 'Unexpected child processes, network connections or new binaries right after a software update, and vendor-signed binaries contacting domains the vendor does not own.',
  },
];

import { buildVerification } from './techniques.js';
import type { Playbook } from './types.js';

/** Supply-chain compromise: stop the component, hunt where it ran, verify builds, work the supplier. */
export const supplyChain: Playbook = {
  incidentType: 'supply-chain',
  escalation: [
    'If an affected component or version is present in your environment, escalate to incident response even without indicators of compromise: trusted software runs with trusted privileges.',
    'If the component is built into products you ship, escalate to product leadership and legal for customer notification.',
    'If the supplier has remote access to your network (managed service provider, support tooling), escalate immediately and suspend that access.',
    'If the supplier cannot state affected versions and indicators clearly, escalate the vendor-risk decision to the business owner.',
  ],
  steps: [
    {
      key: 'supply.contain-component',
      timing: 'Immediate',
      title: "Stop the compromised component and suspend the supplier's access",
      csf: ['RS.MI', 'GV.SC'],
      nist80053: ['CM-7', 'AC-17', 'AC-2'],
      cis: ['2.3', '6.2'],
      action:
        'Stop, uninstall or block the affected versions, pin dependencies to known-good versions, and suspend supplier remote access and integration credentials until the supplier confirms remediation.',
      compensatingControl:
        'Block the update or package infrastructure named in the story at the proxy or resolver and at gateways (`iptables -I FORWARD -d <IOC_IPS> -j DROP`); install exactly what the lockfile pins with `npm ci` instead of `npm install`.',
      preserveEvidence:
        "Before uninstalling, copy the installed binaries or packages with their hashes and installation logs, and export the supplier's access logs for your environment.",
    },
    {
      key: 'supply.rotate-secrets',
      timing: 'Immediate',
      title: 'Rotate the secrets the compromised component could read',
      csf: ['RS.MI', 'PR.AA'],
      nist80053: ['IA-5', 'SC-12'],
      cis: ['6.2'],
      action:
        'Rotate the credentials, tokens and signing keys the component could reach (CI secrets, cloud keys, package-registry tokens), starting with those that allow publishing or production access.',
      compensatingControl:
        'List repository secrets with `gh secret list` and registry tokens with `npm token list`, then revoke each exposed token with `npm token revoke` followed by its id.',
      preserveEvidence:
        'Record which secrets existed and where they were used before rotating them, and keep registry audit logs that show publishes and token use.',
    },
    {
      key: 'supply.hunt-post-install',
      timing: 'Detection',
      title: 'Hunt for post-compromise activity on hosts that ran the component',
      csf: ['DE.AE', 'RS.AN'],
      nist80053: ['SI-4', 'AU-6'],
      cis: ['13.1', '8.11'],
      action:
        'On every host that installed or ran an affected version, look for the behaviours the advisory describes: unexpected child processes, new persistence, connections to the attacker infrastructure and credential access.',
      compensatingControl:
        'In Defender, `DeviceNetworkEvents | where RemoteUrl has "<IOC_DOMAINS>" or RemoteIP == "<IOC_IPS>"`; with Zeek, `zeek-cut ts id.orig_h query < dns.log | grep -F \'<IOC_DOMAINS>\'`; on Windows, new services with `Get-WinEvent -FilterHashtable @{LogName=\'System\'; Id=7045}`.',
      preserveEvidence:
        'Export EDR, DNS and proxy telemetry of those hosts for the period since the affected version was installed.',
    },
    buildVerification,
    {
      key: 'supply.coordinate-supplier',
      timing: 'Communication',
      title: 'Get written facts from the supplier and inform your own customers',
      csf: ['RS.CO', 'GV.SC'],
      nist80053: ['SR-8', 'IR-6'],
      cis: ['15.6', '17.2'],
      action:
        'Obtain in writing the affected products and versions, the compromise window, indicators and remediation steps; inform your customers if your products shipped the component.',
      compensatingControl:
        "Without a vendor-risk platform, track the supplier's statements, dates and open questions in the incident ticket and check them against independent research.",
      preserveEvidence:
        'Archive supplier advisories and correspondence with dates; later revisions often change the affected-version range.',
    },
    {
      key: 'supply.harden-intake',
      timing: 'Long-term',
      title: 'Know what you run and verify what you take in',
      csf: ['GV.SC', 'ID.IM'],
      nist80053: ['SR-3', 'SR-5', 'SR-6', 'SA-9'],
      cis: ['15.2', '15.4', '16.4'],
      action:
        "Keep SBOMs for what you build and buy, require signed releases and verify signatures in CI, restrict build systems' network access, and add security requirements and notification clauses to supplier contracts.",
      compensatingControl:
        'Generate an SBOM per build with an open-source tool such as Syft (`syft dir:. -o cyclonedx-json > sbom.json`) and verify npm registry signatures in CI with `npm audit signatures`.',
      preserveEvidence:
        'Keep SBOMs and build logs for each release so the next advisory can be answered in minutes.',
    },
  ],
  detection: [
    'Hosts running affected versions contacting domains or addresses the supplier does not own, especially right after an update.',
    'Install or build scripts (postinstall hooks, setup.py) making network calls, reading environment variables or writing outside the project directory.',
    'Signed supplier binaries spawning shells, dumping credentials or creating persistence.',
    'Registry and CI audit events: new maintainers, new tokens, releases published outside the normal pipeline.',
    'Supplier remote-access tools connecting at unusual hours or to hosts outside the support scope.',
  ],
  forensicArtifacts: [
    'Copies of the affected packages, installers or updates with hashes, and known-good versions for comparison.',
    'Lockfiles, SBOMs and CI/CD build logs of every build that consumed the component.',
    'Package-registry and source-control audit logs (publishes, token use, maintainer changes).',
    'EDR and DNS telemetry from hosts that ran the affected versions.',
    'Supplier remote-access session logs and recordings.',
  ],
  recovery: [
    "Reinstall from a clean version verified against the publisher's hashes or signatures, or replace the component.",
    'Rebuild and re-release your own artefacts that embedded the compromised component, and tell downstream users which versions to replace.',
    'Restore supplier access only after the supplier documents root cause and remediation, with reduced privileges and logging.',
    'Watch affected hosts for dormant implants waking up for several weeks after cleanup.',
  ],
};

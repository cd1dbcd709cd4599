import { phishingSearchAndPurge } from './techniques.js';
import type { Playbook } from './types.js';

/** Phishing and fraud, including business e-mail compromise: purge, contain accounts, follow the money. */
export const phishingFraud: Playbook = {
  incidentType: 'phishing-fraud',
  escalation: [
    'If any recipient entered credentials or approved an MFA prompt, treat the account as compromised and escalate to incident response.',
    'If a payment or bank-detail change was made because of the message, contact the bank at once to attempt a recall and escalate to finance leadership and legal.',
    'If an attachment was opened, escalate to an endpoint investigation for malware execution.',
    'If the lure impersonates your brand to customers, escalate to communications and brand-protection owners.',
  ],
  steps: [
    phishingSearchAndPurge,
    {
      key: 'phish.contain-accounts',
      timing: 'Immediate',
      title: 'Contain accounts that entered credentials or approved prompts',
      csf: ['RS.MI', 'PR.AA'],
      nist80053: ['AC-2', 'IA-5', 'IA-2'],
      cis: ['6.3', '6.2'],
      action:
        'For users who submitted credentials or approved MFA prompts, reset passwords, revoke sessions and refresh tokens, remove MFA methods the attacker added, and check for new inbox rules and forwarding.',
      compensatingControl:
        '`Revoke-MgUserSignInSession -UserId user@example.com` revokes Entra ID sessions; `Get-InboxRule -Mailbox user@example.com | Select-Object Name, ForwardTo, RedirectTo, DeleteMessage` and `Get-Mailbox -Identity user@example.com | Select-Object ForwardingSmtpAddress` reveal attacker mail rules.',
      preserveEvidence:
        "Export the user's sign-in log, inbox rules and mailbox audit log before removing anything.",
    },
    {
      key: 'phish.find-clicks',
      timing: 'Detection',
      title: 'Find who visited the phishing site and what followed',
      csf: ['DE.AE', 'RS.AN'],
      nist80053: ['SI-4', 'AU-6'],
      cis: ['8.7', '8.6'],
      action:
        "Match proxy and DNS logs against the lure's link domains to find who visited the phishing page, then check those users' sign-ins for new devices, locations or reused session tokens (adversary-in-the-middle kits).",
      compensatingControl:
        '`zeek-cut ts id.orig_h host uri < http.log | grep -F \'<IOC_DOMAINS>\'` finds visits; `SigninLogs | where TimeGenerated > ago(7d) and ResultType == "0" | summarize ips = make_set(IPAddress) by UserPrincipalName | where array_length(ips) > 3` flags users signing in from many addresses.',
      preserveEvidence:
        'Keep proxy and DNS logs for the campaign window, and a screenshot and HTML copy of the phishing page taken from an isolated analysis machine.',
    },
    {
      key: 'phish.assess-fraud',
      timing: 'Assessment',
      title: 'Assess financial and data exposure',
      csf: ['RS.AN', 'ID.RA'],
      nist80053: ['IR-4', 'RA-3'],
      cis: ['17.9'],
      action:
        'Establish whether money moved, whether invoices or bank details were changed, and what data the compromised mailboxes held; fraudulent transfers are most recoverable in the first hours.',
      compensatingControl:
        'Review payment changes since the first lure with finance, and list messages sent from a compromised mailbox with `Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-30) -EndDate (Get-Date) -Operations Send -UserIds user@example.com`.',
      preserveEvidence:
        'Preserve payment records, the fraudulent instructions and all related correspondence for the bank and law enforcement.',
    },
    {
      key: 'phish.warn-and-report',
      timing: 'Communication',
      title: 'Warn users, report the site, and report fraud',
      csf: ['RS.CO'],
      nist80053: ['IR-6', 'IR-7'],
      cis: ['14.2', '17.3'],
      action:
        'Warn staff, and customers if your brand is abused, with a screenshot of the lure and what to do; report the phishing site to its hosting provider and registrar, and report fraud to law enforcement.',
      compensatingControl:
        "Without a takedown service, find the registrar's abuse contact with `whois <IOC_DOMAINS>` and report the URL there and to the browsers' safe-browsing reporting pages.",
      preserveEvidence: 'Keep copies of the reports sent and the responses.',
    },
    {
      key: 'phish.harden',
      timing: 'Long-term',
      title: 'Make credential phishing and payment fraud harder',
      csf: ['PR.AA', 'PR.AT', 'ID.IM'],
      nist80053: ['IA-2', 'SI-8', 'AT-2'],
      cis: ['6.3', '9.5', '14.2'],
      action:
        'Roll out phishing-resistant MFA (FIDO2 security keys or passkeys) for high-risk users, enforce DMARC on your domains, tag external mail, and require call-back verification for changes to payment details.',
      compensatingControl:
        'Check your DMARC policy with `dig +short TXT _dmarc.example.com` and move from `p=none` to `p=quarantine` or `p=reject` once aggregate reports are clean.',
      preserveEvidence: 'Keep the campaign example for targeted awareness training.',
    },
  ],
  detection: [
    'Mail from look-alike or newly registered domains, display names matching executives, and reply-to addresses that differ from the sender.',
    'Sign-ins shortly after a click from new addresses or devices, especially session tokens reused from another location (adversary-in-the-middle).',
    'New inbox rules that move, delete or forward messages, and mailbox forwarding to external addresses.',
    'MFA fatigue: bursts of push prompts to one user, or new MFA methods registered right after a suspicious sign-in.',
    'Changes to supplier bank details or urgent payment requests outside the normal approval workflow.',
  ],
  forensicArtifacts: [
    'Original phishing messages with full headers (.eml or .msg) and attachments with hashes.',
    'Mail-gateway and message-trace logs showing delivery, recipients and URL clicks.',
    'Identity-provider sign-in and audit logs for affected users, including MFA registration events.',
    'Mailbox audit logs: inbox rules, forwarding changes, messages sent and read.',
    'Proxy and DNS logs of visits to the phishing domains, and a copy of the phishing page.',
  ],
  recovery: [
    'Hand accounts back to users only after sessions are revoked, MFA methods verified and malicious rules removed.',
    'Work with the bank on recalls and with law enforcement, and record losses for insurance.',
    'Follow up with the users and teams who were lured, using the real example in short targeted training.',
  ],
};

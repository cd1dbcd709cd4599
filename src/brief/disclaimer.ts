/** Shown at the foot of every brief; written for this project. */
export const disclaimer =
  'This brief was assembled automatically from the published reports cited above and from curated ' +
  'response playbooks. Figures, names and dates come only from the cited sources; where sources ' +
  'disagree, the brief says so. Framework references (NIST SP 800-61r3 through NIST CSF 2.0 categories, ' +
  'NIST SP 800-53 rev5, CIS Controls v8, MITRE ATT&CK) are mappings to help you plan, not a verdict ' +
  'on your environment. Check each action against your own systems, policies and legal obligations ' +
  'before you act; this brief does not replace your incident response plan or qualified responders.';

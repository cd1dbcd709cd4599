/**
 * NIST Cybersecurity Framework 2.0 functions and categories. NIST SP 800-61r3 organises incident
 * response by these, so playbook steps cite their place in 800-61r3 as category ids such as 'RS.MI'.
 */

export const csfFunctions = {
  GV: 'Govern',
  ID: 'Identify',
  PR: 'Protect',
  DE: 'Detect',
  RS: 'Respond',
  RC: 'Recover',
} as const;
export type CsfFunction = (typeof csfFunctions)[keyof typeof csfFunctions];

export interface CsfCategory {
  /** Category id, e.g. 'RS.MA'. */
  id: string;
  name: string;
  function: CsfFunction;
}

export const csfCategories: readonly CsfCategory[] = [
  { id: 'GV.OC', name: 'Organizational Context', function: 'Govern' },
  { id: 'GV.RM', name: 'Risk Management Strategy', function: 'Govern' },
  { id: 'GV.RR', name: 'Roles, Responsibilities, and Authorities', function: 'Govern' },
  { id: 'GV.PO', name: 'Policy', function: 'Govern' },
  { id: 'GV.OV', name: 'Oversight', function: 'Govern' },
  { id: 'GV.SC', name: 'Cybersecurity Supply Chain Risk Management', function: 'Govern' },
  { id: 'ID.AM', name: 'Asset Management', function: 'Identify' },
  { id: 'ID.RA', name: 'Risk Assessment', function: 'Identify' },
  { id: 'ID.IM', name: 'Improvement', function: 'Identify' },
  { id: 'PR.AA', name: 'Identity Management, Authentication, and Access Control', function: 'Protect' },
  { id: 'PR.AT', name: 'Awareness and Training', function: 'Protect' },
  { id: 'PR.DS', name: 'Data Security', function: 'Protect' },
  { id: 'PR.PS', name: 'Platform Security', function: 'Protect' },
  { id: 'PR.IR', name: 'Technology Infrastructure Resilience', function: 'Protect' },
  { id: 'DE.CM', name: 'Continuous Monitoring', function: 'Detect' },
  { id: 'DE.AE', name: 'Adverse Event Analysis', function: 'Detect' },
  { id: 'RS.MA', name: 'Incident Management', function: 'Respond' },
  { id: 'RS.AN', name: 'Incident Analysis', function: 'Respond' },
  { id: 'RS.CO', name: 'Incident Response Reporting and Communication', function: 'Respond' },
  { id: 'RS.MI', name: 'Incident Mitigation', function: 'Respond' },
  { id: 'RC.RP', name: 'Incident Recovery Plan Execution', function: 'Recover' },
  { id: 'RC.CO', name: 'Incident Recovery Communication', function: 'Recover' },
];

import {
  type IncidentRecord,
  type OrUnknown,
  type RecordEntry,
  type RecordScore,
  entityTypes,
  investigationStatuses,
  isKnown,
  motivations,
  unknown,
} from './record-types.js';

const cites = (numbers: readonly number[]): string => numbers.map((n) => `[^${n}]`).join('');

/** A statement and its sentence; the sentence once only when the statement before quoted it. */
function entry(e: RecordEntry, label = e.text, sameEvidence = false): string {
  if (e.evidence !== null && e.evidence === e.text) return `“${e.text}”${cites(e.cites)}`;
  return `${label}${cites(e.cites)}${e.evidence !== null && !sameEvidence ? ` — “${e.evidence}”` : ''}`;
}

function list(field: OrUnknown<RecordEntry[]>, label?: (text: string) => string): string {
  if (!isKnown(field)) return unknown;
  return field
    .map((e, i) => `\n  - ${entry(e, label ? label(e.text) : e.text, field[i - 1]?.evidence === e.evidence)}`)
    .join('');
}

function part(field: OrUnknown<RecordEntry>, label?: string): string {
  return isKnown(field) ? `${label ?? field.text}${cites(field.cites)}` : unknown;
}

function score(field: OrUnknown<RecordScore>, scale: number): string {
  if (!isKnown(field)) return unknown;
  return `${field.value}/${scale}${cites(field.cites)} (${field.formula}; ${field.inputs.map((i) => `${i.name}: ${i.reason}`).join('; ')})`;
}

/**
 * The incident record as a Markdown section: one bullet per field, citations as footnotes that
 * point to the brief's numbered sources, "unknown" where no source fills a field.
 * @example recordToMarkdown(brief.record).startsWith('## Incident record') // true
 */
export function recordToMarkdown(r: IncidentRecord): string {
  const le = r.response.lawEnforcementNotified;
  const fields: [string, string][] = [
    ['Record ID', r.id],
    ['Type', `${r.type.text}${cites(r.type.cites)}`],
    ['Date', isKnown(r.date) ? `${r.date.text}${cites(r.date.cites)} (${r.date.note})` : unknown],
    ['Severity (0–100)', score(r.severity, 100)],
    ['Impact (1–5)', score(r.impact, 5)],
    ['Explanation', entry(r.explanation)],
    [
      'Affected entities',
      isKnown(r.affectedEntities)
        ? r.affectedEntities
            .map(
              (e) =>
                `\n  - ${part(e.name)}: industry ${part(e.industry)}; location ${part(e.location)}; type ${part(e.type, isKnown(e.type) ? entityTypes[e.type.text] : undefined)}`,
            )
            .join('')
        : unknown,
    ],
    ['Attack vector', list(r.attackVector)],
    ['Financial loss', list(r.impactDetails.financialLoss)],
    ['Operational impact', list(r.impactDetails.operationalImpact)],
    ['Systems affected', list(r.impactDetails.systemsAffected)],
    [
      'Investigation status',
      list(r.investigationStatus, (t) => investigationStatuses[t as keyof typeof investigationStatuses]),
    ],
    ['Motivation', list(r.motivation, (t) => motivations[t as keyof typeof motivations])],
    ['Root causes', list(r.postIncidentAnalysis.rootCauses)],
    ['Corrective actions', list(r.postIncidentAnalysis.correctiveActions)],
    ['Containment', list(r.response.containment)],
    ['Law enforcement notified', isKnown(le) ? `yes${list(le.agencies)}` : unknown],
    ['Remediation', list(r.response.remediation)],
    ['Third-party assistance', list(r.response.thirdPartyAssistance)],
    [
      'Threat actors',
      isKnown(r.threatActors)
        ? r.threatActors
            .map(
              (a) => `\n  - ${a.text}${a.kind === 'malware' ? ' (malware or botnet)' : ''}${cites(a.cites)}`,
            )
            .join('')
        : unknown,
    ],
    ['References', r.references.map((ref) => `[^${ref.n}]`).join(' ')],
  ];
  return `## Incident record\n\n${fields.map(([label, value]) => `- **${label}:**${value.startsWith('\n') ? '' : ' '}${value}`).join('\n')}\n`;
}

/**
 * The fact ledger of a brief: every line an LLM writer may draw on (sources, facts and the
 * deterministic summary), each with its citations, and an index of the numbers, dates,
 * identifiers, digit-bearing tokens and words those lines contain, in every written form.
 */
import { fieldLabel } from '../summary.js';
import type { Brief } from '../types.js';
import { indexText, type LedgerDispute, type LedgerIndex, mergeIndexes } from './ledger-index.js';

/** What the ledger is built from: the deterministic brief's facts and summary. */
export type LedgerInput = Pick<
  Brief,
  | 'title'
  | 'incidentTypeLabel'
  | 'severity'
  | 'triage'
  | 'summary'
  | 'sources'
  | 'actors'
  | 'malware'
  | 'organisations'
  | 'vulnerabilities'
  | 'techniques'
  | 'weaknesses'
  | 'sectors'
  | 'countries'
  | 'claims'
  | 'disputes'
>;

export interface LedgerLine {
  section: 'story' | 'source' | 'fact' | 'summary';
  text: string;
  cites: number[];
  index: LedgerIndex;
}

export interface Ledger {
  lines: LedgerLine[];
  /** Figures still disputed (not revisions): a sentence must not state one of them as settled. */
  disputes: LedgerDispute[];
  /** All lines together. */
  index: LedgerIndex;
  /** The citation numbers that exist. */
  sources: number[];
}

/** At most this many entities of one kind go into the ledger (and the prompt). */
const maxPerKind = 15;

function entityLines(
  label: string,
  items: readonly { name: string; sources: number[] }[],
): Omit<LedgerLine, 'index'>[] {
  return items
    .slice(0, maxPerKind)
    .map((item) => ({ section: 'fact', text: `${label}: ${item.name}`, cites: item.sources }));
}

/**
 * The ledger of a deterministic brief.
 * @example buildLedger(brief).index.numbers.has(192_700_000) // true when a source says "192.7 million"
 */
export function buildLedger(brief: LedgerInput): Ledger {
  const headline = brief.sources.filter((s) => s.title === brief.title).map((s) => s.n);
  const kev = " (listed in CISA's Known Exploited Vulnerabilities catalog)";
  const lines: Omit<LedgerLine, 'index'>[] = [
    { section: 'story', text: `Story: ${brief.title}`, cites: headline },
    {
      section: 'story',
      text: `Incident type: ${brief.incidentTypeLabel}. Severity: ${brief.severity}. Triage: ${brief.triage.level}.`,
      cites: [],
    },
    ...brief.sources.map((s) => ({
      section: 'source' as const,
      text: `${s.source}, "${s.title}", published ${s.published?.slice(0, 10) ?? 'undated'}`,
      cites: [s.n],
    })),
    ...entityLines('Threat actor', brief.actors),
    ...entityLines('Malware or tool', brief.malware),
    ...entityLines(
      'Organisation',
      brief.organisations.map((o) => ({ ...o, name: `${o.name} (${o.role})` })),
    ),
    ...entityLines(
      'Vulnerability',
      brief.vulnerabilities.map((v) => ({ ...v, name: `${v.id}${v.kev ? kev : ''}` })),
    ),
    ...entityLines(
      'ATT&CK technique',
      brief.techniques.map((t) => ({ ...t, name: `${t.id} ${t.name}` })),
    ),
    ...entityLines(
      'Weakness',
      brief.weaknesses.map((w) => ({ ...w, name: `${w.id} ${w.name}` })),
    ),
    ...entityLines('Sector', brief.sectors),
    ...entityLines('Country', brief.countries),
    ...brief.claims.map((c) => ({
      section: 'fact' as const,
      text: `Figure, ${fieldLabel(c.field)}: ${c.current ?? 'disputed, see the summary'} (${c.status}, ${c.corroboration})`,
      cites: c.sources,
    })),
    ...brief.summary.map((s) => ({ section: 'summary' as const, text: s.text, cites: s.cites })),
  ];
  const indexed = lines.map((line) => ({ ...line, index: indexText(line.text) }));
  return {
    lines: indexed,
    index: mergeIndexes(indexed.map((line) => line.index)),
    disputes: brief.disputes
      .filter((d) => d.status === 'disputed')
      .map((d) => ({ label: fieldLabel(d.field), values: d.values.map((v) => indexText(String(v.value))) })),
    sources: brief.sources.map((s) => s.n),
  };
}

const marks = (cites: readonly number[]): string => cites.map((n) => `[${n}]`).join('');

/** The ledger as the user message of the writer: story, sources, facts, deterministic summary. */
export function renderLedger(ledger: Ledger): string {
  const section = (name: LedgerLine['section']) => ledger.lines.filter((line) => line.section === name);
  return [
    ...section('story').map((line) => line.text),
    '',
    'Sources (cite them as [n]):',
    ...section('source').map((line) => `${marks(line.cites)} ${line.text}`),
    '',
    'Facts:',
    ...section('fact').map((line) => `- ${line.text} ${marks(line.cites)}`),
    '',
    'Deterministic summary (each sentence is supported by the cited sources):',
    ...section('summary').map((line) => `- ${line.text} ${marks(line.cites)}`.trimEnd()),
  ].join('\n');
}

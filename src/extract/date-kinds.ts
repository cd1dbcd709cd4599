import type { ClaimField } from '../core/facts.js';

/** What a date in a sentence dates: the words nearest before it, or an event noun shortly after. */
const before: readonly [RegExp, ClaimField][] = [
  [
    /\b(?:seiz\w*|took down|taken down|dismantl\w*|arrest\w*|takedown|raid\w*|sanction\w*|charged|indicted|extradited)\b/gi,
    'takedown-date',
  ],
  [
    /\b(?:discover\w*|detect\w*|noticed|spotted|first (?:saw|seen|observed)|identified|found)\b/gi,
    'discovery-date',
  ],
  [
    /\b(?:disclos\w*|announc\w*|reveal\w*|notif\w*|filed|filing|publish\w*|confirm\w*|stated|said|says|told|warned|patch\w*|fixed|released|shipped|posted|listed|reported)\b/gi,
    'disclosure-date',
  ],
  [
    /\b(?:attack\w*|breach\w*|intrusion|hack\w*|compromis\w*|began|begun|started|occurred|took place|hit|struck|encrypt\w*|stole|stolen|exploit\w*|outage|launch\w*|flood\w*|leak\w*|since)\b/gi,
    'attack-date',
  ],
];
const after: readonly [RegExp, ClaimField][] = [
  [/\b(?:takedown|seizure|raid|arrests?|operation)\b/i, 'takedown-date'],
  [
    /\b(?:attack\w*|breach\w*|intrusion|outage|incident|hack\w*|ransomware|flood\w*|record)\b/i,
    'attack-date',
  ],
];

/**
 * The kind of a date claim from its sentence: attack, discovery, disclosure or takedown; plain
 * `event-date` when the words around it do not say (a byline, a date in passing). The nearest cue
 * before the date (up to 60 characters, within the sentence) wins; else an event noun within the
 * next 80 characters ("In December 2023, the botnet set a record with an attack…").
 * @example dateKind('The attack began on 21 February 2024.', 20, 36) // 'attack-date'
 */
export function dateKind(text: string, start: number, end: number): ClaimField {
  const lead =
    text
      .slice(Math.max(0, start - 60), start)
      .split(/[.!?;\n]/)
      .at(-1) ?? '';
  let best: { at: number; kind: ClaimField } | null = null;
  for (const [pattern, kind] of before)
    for (const m of lead.matchAll(pattern)) if (!best || m.index > best.at) best = { at: m.index, kind };
  if (best) return best.kind;
  const tail = text.slice(end, end + 80).split(/[.!?;\n]/)[0] ?? '';
  for (const [pattern, kind] of after) if (pattern.test(tail)) return kind;
  return 'event-date';
}

import type { Assessment } from '../assess/types.js';
import { type Claim, incidentTypes } from '../core/facts.js';
import { createSentenceIndex } from '../extract/text.js';
import type { Corroboration } from '../stories/corroboration.js';
import type { ClaimSet, StoryBundle, StoryDocument } from '../stories/types.js';
import type { CitedSentence } from './types.js';

const fieldLabels: Record<Claim['field'], string> = {
  'devices-compromised': 'devices compromised',
  'records-affected': 'records affected',
  'people-affected': 'people affected',
  victims: 'victims',
  'ransom-demanded': 'ransom demanded',
  'ransom-paid': 'ransom paid',
  'financial-loss': 'financial loss',
  'attack-bandwidth': 'attack bandwidth',
  'attack-rate': 'attack rate',
  'attack-commands': 'attack commands issued',
  'attack-date': 'date of the attack',
  'discovery-date': 'date of discovery',
  'disclosure-date': 'date of disclosure',
  'takedown-date': 'date of the takedown',
  'event-date': 'date of the event',
};

/** A claim field as words: 'people affected'. */
export const fieldLabel = (field: Claim['field']): string => fieldLabels[field];

/** How a figure's sentence opens, by its corroboration state. */
const corroborationLead: Record<Corroboration, (sources: number) => string> = {
  confirmed: () => 'Confirmed by a primary authority:',
  corroborated: (n) => `Corroborated by ${n} independent sources:`,
  reported: () => 'Reported by one source:',
  claimed: () => 'Claimed, not verified:',
};

/** A claim value as a reader expects it: '3,000,000 devices', '$22,000,000', '31.4 Tbps', '2024-02'. */
export function formatClaim(value: Claim['value'], unit: string, qualifier = ''): string {
  const prefix = qualifier ? `${qualifier.toLowerCase()} ` : '';
  if (typeof value === 'string') return `${prefix}${value}`;
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (unit === 'USD') return `${prefix}$${number}`;
  if (unit === 'EUR') return `${prefix}€${number}`;
  return `${prefix}${number} ${unit}`;
}

/** The first `count` substantial sentences of a document: what its author put first. */
function leadSentences(doc: StoryDocument, count: number): string[] {
  const index = createSentenceIndex(doc.text);
  const out: string[] = [];
  let offset = 0;
  while (offset < doc.text.length && out.length < count) {
    const span = index.sentenceAt(offset);
    const words = span.text.split(/\s+/).length;
    if (
      words >= 8 &&
      span.text.length <= 400 &&
      /[.!?]["'\u201d]?$/.test(span.text) &&
      !span.text.includes(' | ')
    ) {
      out.push(span.text);
    }
    offset = Math.max(span.end, offset) + 1;
  }
  return out;
}

export function citeOf(bundle: StoryBundle, documentId: number): number {
  return bundle.documents.findIndex((doc) => doc.id === documentId) + 1;
}

/**
 * The executive summary: the lead of the earliest report (quoted, cited), the lead of one other
 * source when there is one, the key figures with their sources, and disputed figures as disputed.
 */
export function executiveSummary(
  bundle: StoryBundle,
  claimSets: readonly ClaimSet[],
  assessment: Assessment,
): CitedSentence[] {
  const sentences: CitedSentence[] = [];
  const [first, ...others] = bundle.documents;
  if (!first) return sentences;
  for (const text of leadSentences(first, 2)) sentences.push({ text, cites: [1] });
  const second = others.find((doc) => doc.source.domain !== first.source.domain);
  const secondLead = second ? leadSentences(second, 1)[0] : undefined;
  if (second && secondLead) sentences.push({ text: secondLead, cites: [citeOf(bundle, second.id)] });
  for (const set of claimSets) {
    const label = fieldLabels[set.field];
    const cites = [...new Set(set.values.map((v) => citeOf(bundle, v.documentId)))];
    if (set.status === 'agreed') {
      const value = set.values.at(-1);
      if (!value || value.unit === 'date') continue;
      sentences.push({
        text: `${corroborationLead[set.corroboration](cites.length)} ${label}, ${formatClaim(value.value, value.unit, value.qualifier)}.`,
        cites,
      });
      continue;
    }
    const parts = set.values.map(
      (v) =>
        `${formatClaim(v.value, v.unit, v.qualifier)} (${v.source}, ${v.published?.slice(0, 10) ?? 'undated'})`,
    );
    const standing = set.current
      ? ` The latest figure, ${formatClaim(set.current.value, set.current.unit, set.current.qualifier)}, stands.`
      : ' Which figure is right is not settled.';
    sentences.push({
      text: `${set.status === 'revised' ? 'Revised' : 'Sources disagree on'} ${label}: ${parts.join(' → ')}.${standing}`,
      cites,
    });
  }
  if (assessment.kev.length) {
    sentences.push({
      text: `${assessment.kev.join(', ')} ${assessment.kev.length === 1 ? 'is' : 'are'} listed in CISA's Known Exploited Vulnerabilities catalog.`,
      cites: [],
    });
  }
  return sentences;
}

function listWithCites<T>(
  bundle: StoryBundle,
  pick: (doc: StoryDocument) => T[],
  key: (item: T) => string,
): { key: string; cites: number[] }[] {
  const found = new Map<string, Set<number>>();
  bundle.documents.forEach((doc, index) => {
    for (const item of pick(doc)) {
      const k = key(item);
      const set = found.get(k) ?? new Set<number>();
      set.add(index + 1);
      found.set(k, set);
    }
  });
  return [...found].map(([k, cites]) => ({ key: k, cites: [...cites] }));
}

/** Technical analysis: one cited line per kind of fact the sources hold. */
export function technicalAnalysis(bundle: StoryBundle, assessment: Assessment): CitedSentence[] {
  const lines: CitedSentence[] = [];
  const type = incidentTypes[assessment.incidentType];
  const first = bundle.documents[0];
  if (first) {
    lines.push({
      text: `Classified as ${type.toLowerCase()}: ${first.extraction.classification.rationale}.`,
      cites: [1],
    });
  }
  const groups: [string, { key: string; cites: number[] }[]][] = [
    [
      'Vulnerabilities named',
      listWithCites(
        bundle,
        (d) => d.extraction.vulnerabilities,
        (v) => v.id,
      ),
    ],
    [
      'ATT&CK techniques described',
      listWithCites(
        bundle,
        (d) => d.extraction.techniques,
        (t) => `${t.id} ${t.name}`,
      ),
    ],
    [
      'Threat actors named',
      listWithCites(
        bundle,
        (d) => d.extraction.actors,
        (a) => a.name,
      ),
    ],
    [
      'Malware and tools named',
      listWithCites(
        bundle,
        (d) => d.extraction.malware,
        (m) => m.name,
      ),
    ],
    [
      'Organisations involved',
      listWithCites(
        bundle,
        (d) => d.extraction.organisations,
        (o) => `${o.name} (${o.role})`,
      ),
    ],
  ];
  for (const [label, items] of groups) {
    if (items.length === 0) continue;
    lines.push({
      text: `${label}: ${items.map((item) => item.key).join(', ')}.`,
      cites: [...new Set(items.flatMap((item) => item.cites))].sort((a, b) => a - b),
    });
  }
  const indicators = listWithCites(
    bundle,
    (d) => d.extraction.indicators,
    (i) => i.type,
  );
  if (indicators.length) {
    const counts = new Map<string, number>();
    for (const doc of bundle.documents) {
      for (const indicator of doc.extraction.indicators)
        counts.set(indicator.type, (counts.get(indicator.type) ?? 0) + 1);
    }
    lines.push({
      text: `Indicators published: ${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')}.`,
      cites: [...new Set(indicators.flatMap((item) => item.cites))].sort((a, b) => a - b),
    });
  }
  const claimLines = bundle.documents.flatMap((doc, index) =>
    doc.extraction.claims
      .filter((claim) => claim.unit !== 'date')
      .slice(0, 4)
      .map((claim) => ({ text: claim.evidence.text, cites: [index + 1] })),
  );
  const seen = new Set<string>();
  for (const line of claimLines) {
    if (seen.has(line.text)) continue;
    seen.add(line.text);
    lines.push(line);
  }
  return lines;
}

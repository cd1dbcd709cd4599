/**
 * Per-article extraction on the labelled corpus (`accuracy-corpus.ts`): incident type, CVEs,
 * indicators with role, techniques, actors, malware, victims and figures, each as micro precision
 * and recall against the article's labels, with every wrong figure and type listed; and the summary
 * of both splits side by side.
 */
import type { Claim, Extraction } from '../src/core/facts.js';
import { round3 } from './cluster-score.js';
import type { EventArticle } from './eval-corpus/schema.js';

export const ratio = (a: number, b: number): number | null => (b === 0 ? null : round3(a / b));

function sameValue(label: number | string, claim: Claim): boolean {
  if (typeof label === 'number' && typeof claim.value === 'number')
    return Math.abs(label - claim.value) <= Math.max(1, Math.abs(label) * 0.02);
  return String(claim.value).startsWith(String(label)) || String(label).startsWith(String(claim.value));
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Micro precision/recall counter for sets of strings. */
function counter() {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  return {
    add(
      predicted: Iterable<string>,
      truth: Iterable<string>,
      match = (p: string, t: string) => p === t,
    ): void {
      const t = [...new Set(truth)];
      const p = [...new Set(predicted)];
      const hit = new Set<string>();
      for (const x of p) {
        const found = t.find((y) => !hit.has(y) && match(x, y));
        if (found === undefined) fp++;
        else {
          tp++;
          hit.add(found);
        }
      }
      fn += t.length - hit.size;
    },
    result: () => ({ precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), tp, fp, fn }),
  };
}

const nameMatch = (p: string, t: string): boolean => {
  const a = norm(p);
  const b = norm(t);
  return a === b || (a.length >= 4 && b.includes(a)) || (b.length >= 4 && a.includes(b));
};

/** Figures that count: impact quantities and typed dates (an untyped date is never compared). */
const figureClaims = (claims: readonly Claim[]): Claim[] => claims.filter((c) => c.field !== 'event-date');

/** A labelled document as scored: its id, URL and labels (null for unlabelled sets). */
export interface ScoredDoc {
  id: string;
  url: string;
  labels: EventArticle['labels'] | null;
}

/** Scores every labelled document's stored extraction against its labels. */
export function scoreArticles(labelled: readonly ScoredDoc[], extractionOf: ReadonlyMap<string, Extraction>) {
  const articleType = counter();
  const articleTypeErrors: string[] = [];
  const figures = counter();
  const quantities = counter();
  const byField = new Map<string, ReturnType<typeof counter>>();
  const byConfidence = new Map<string, ReturnType<typeof counter>>();
  const cves = counter();
  const iocs = counter();
  const techniques = counter();
  const actors = counter();
  const malware = counter();
  const victims = counter();
  const figureErrors: string[] = [];
  for (const d of labelled) {
    const x = extractionOf.get(d.url);
    if (!d.labels || !x) continue;
    articleType.add([x.classification.type], [d.labels.type]);
    if (x.classification.type !== d.labels.type)
      articleTypeErrors.push(
        `${d.id}: ${x.classification.type} (expected ${d.labels.type}): ${x.classification.rationale}`,
      );
    cves.add(
      x.vulnerabilities.map((v) => v.id),
      d.labels.cves,
    );
    iocs.add(
      x.indicators.map((i) => `${i.value}|${i.role}`),
      d.labels.iocs.map((i) => `${i.value.toLowerCase()}|${i.role}`),
    );
    techniques.add(
      x.techniques.map((t) => t.id),
      d.labels.techniques.map((t) => t.id),
    );
    actors.add(
      x.actors.map((a) => a.name),
      d.labels.actors,
      nameMatch,
    );
    malware.add(
      x.malware.map((a) => a.name),
      d.labels.malware,
      nameMatch,
    );
    victims.add(
      x.organisations.filter((o) => o.role === 'victim').map((o) => o.name),
      d.labels.victims,
      nameMatch,
    );
    const claims = figureClaims(x.claims);
    const labels = d.labels.figures;
    const match = (p: string, t: string): boolean => {
      const c = claims[Number(p)];
      const l = labels[Number(t)];
      return !!c && !!l && c.field === l.field && sameValue(l.value, c);
    };
    figures.add(
      claims.map((c, i) => `${i}`),
      labels.map((l, i) => `${i}`),
      match,
    );
    // The same, counting only quantities (people, records, devices, money, attack size): no dates.
    const isQuantity = (value: unknown): boolean => typeof value === 'number';
    quantities.add(
      claims.flatMap((c, i) => (isQuantity(c.value) ? [`${i}`] : [])),
      labels.flatMap((l, i) => (isQuantity(l.value) ? [`${i}`] : [])),
      match,
    );
    // Per field, so that each kind of figure shows its own precision and recall.
    for (const field of new Set([...claims, ...labels].map((x) => x.field))) {
      const own = byField.get(field) ?? counter();
      byField.set(field, own);
      own.add(
        claims.flatMap((c, i) => (c.field === field ? [`${i}`] : [])),
        labels.flatMap((l, i) => (l.field === field ? [`${i}`] : [])),
        match,
      );
    }
    // Per confidence, precision only (a label has no confidence): how much each level can be trusted.
    for (const [i, c] of claims.entries()) {
      const own = byConfidence.get(c.confidence) ?? counter();
      byConfidence.set(c.confidence, own);
      own.add(
        [`${i}`],
        labels.map((l, k) => `${k}`),
        match,
      );
    }
    for (const c of claims)
      if (!labels.some((l) => l.field === c.field && sameValue(l.value, c)))
        figureErrors.push(
          `${d.id}: extracted ${c.field} ${String(c.value)} from "${c.evidence.text.slice(0, 140)}"`,
        );
    for (const l of labels)
      if (!claims.some((c) => c.field === l.field && sameValue(l.value, c)))
        figureErrors.push(`${d.id}: missed ${l.field} ${String(l.value)} in "${l.sentence.slice(0, 140)}"`);
  }
  return {
    perArticle: { ...articleType.result(), errors: articleTypeErrors },
    figures: {
      ...figures.result(),
      quantities: quantities.result(),
      byField: Object.fromEntries([...byField].sort().map(([field, c]) => [field, c.result()])),
      byConfidence: Object.fromEntries(
        [...byConfidence]
          .sort()
          .map(([level, c]) => [
            level,
            { precision: c.result().precision, claims: c.result().tp + c.result().fp },
          ]),
      ),
      errors: figureErrors,
    },
    extraction: {
      cves: cves.result(),
      iocsWithRole: iocs.result(),
      techniques: techniques.result(),
      actors: actors.result(),
      malware: malware.result(),
      victims: victims.result(),
    },
  };
}

type Split = Record<string, unknown>;
const pick = (r: Split, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Split)[k] : undefined), r);

/** The headline figures of both splits side by side (the README's accuracy table). */
export function corpusSummary(dev: Split, test: Split): Record<string, unknown> {
  const rows: [string, string][] = [
    ['documents', 'documents'],
    ['events', 'events'],
    ['stories', 'stories'],
    ['pairwise precision', 'clustering.precision'],
    ['pairwise recall', 'clustering.recall'],
    ['merges across confuser pairs', 'clustering.confuserMerges'],
    ['dispute recall', 'disputes.recall'],
    ['false disputes per 10 stories', 'disputes.falsePer10Stories'],
    ['incident type accuracy (per event)', 'incidentType.accuracy'],
    ['incident type accuracy (per article)', 'incidentType.perArticle.precision'],
    ['non-incidents above an incident', 'ranking.nonIncidentsAboveAnIncident'],
    ['figure precision', 'figures.precision'],
    ['figure recall', 'figures.recall'],
    ['figure precision, quantities only', 'figures.quantities.precision'],
    ['figure recall, quantities only', 'figures.quantities.recall'],
    ['CVE precision', 'extraction.cves.precision'],
    ['CVE recall', 'extraction.cves.recall'],
    ['IOC (value and role) precision', 'extraction.iocsWithRole.precision'],
    ['IOC (value and role) recall', 'extraction.iocsWithRole.recall'],
    ['technique precision', 'extraction.techniques.precision'],
    ['technique recall', 'extraction.techniques.recall'],
    ['actor recall', 'extraction.actors.recall'],
    ['malware recall', 'extraction.malware.recall'],
    ['victim recall', 'extraction.victims.recall'],
  ];
  return Object.fromEntries(
    rows.map(([label, path]) => [label, { dev: pick(dev, path), test: pick(test, path) }]),
  );
}

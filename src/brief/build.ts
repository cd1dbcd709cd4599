import type { Assessment } from '../assess/types.js';
import { incidentTypes } from '../core/facts.js';
import type { Indicator } from '../core/facts.js';
import type { Kb } from '../kb/types.js';
import { csfCategories } from '../kb/builtin/csf.js';
import type { ClaimSet, StoryBundle } from '../stories/types.js';
import { disputesOf } from '../stories/reconcile.js';
import { defang } from './defang.js';
import { disclaimer } from './disclaimer.js';
import { playbookFor, selectDetections, selectSteps } from './playbooks/index.js';
import { indicatorQueries } from './queries.js';
import { incidentRecord } from './record.js';
import { storyCorroboration } from './corroboration.js';
import { citeOf, executiveSummary, formatClaim, technicalAnalysis } from './summary.js';
import type { Brief, BriefIndicator, BriefTechnique, ChecklistItem, Reference } from './types.js';

/** Roles worth hunting for and blocking; references and internal addresses are context only. */
const huntable: ReadonlySet<string> = new Set(['malicious', 'payload']);

const csfNames = new Map(
  csfCategories.map((category) => [category.id, `${category.name} (${category.function})`]),
);
const csfCategoryName = (id: string): string | undefined => csfNames.get(id);

function references(ids: readonly string[], lookup: (id: string) => string | undefined): Reference[] {
  return ids.map((id) => ({ id, title: lookup(id) ?? '' }));
}

function merge<T extends { sources: number[] }>(
  map: Map<string, T>,
  key: string,
  make: () => NoInfer<T>,
  cite: number,
): void {
  const existing = map.get(key);
  if (existing) {
    if (!existing.sources.includes(cite)) existing.sources.push(cite);
  } else map.set(key, make());
}

/**
 * The brief of a story: everything its item page shows, built from its facts, assessment and the
 * curated playbook of its incident type (tailored by its techniques).
 */
export function buildBrief(
  bundle: StoryBundle,
  claimSets: readonly ClaimSet[],
  assessment: Assessment,
  kb: Kb,
): Brief {
  const indicators = new Map<string, BriefIndicator>();
  const rawIndicators = new Map<string, Indicator>();
  const techniques = new Map<string, BriefTechnique>();
  const vulns = new Map<string, { id: string; kev: boolean; sources: number[] }>();
  const actors = new Map<string, { name: string; sources: number[] }>();
  const malware = new Map<string, { name: string; sources: number[] }>();
  const orgs = new Map<string, { name: string; role: string; sources: number[] }>();
  const weaknesses = new Map<string, { id: string; name: string; sources: number[] }>();
  const sectors = new Map<string, { name: string; sources: number[] }>();
  const countries = new Map<string, { name: string; sources: number[] }>();
  bundle.documents.forEach((doc, index) => {
    const n = index + 1;
    const x = doc.extraction;
    for (const i of x.indicators) {
      if (!rawIndicators.has(`${i.type}:${i.value}`)) rawIndicators.set(`${i.type}:${i.value}`, i);
      merge(
        indicators,
        `${i.type}:${i.value}`,
        () => ({
          type: i.type,
          value: i.value,
          display: defang(i.type, i.value),
          ...(i.port !== undefined ? { port: i.port } : {}),
          context: i.evidence.text.slice(0, 300),
          confidence: i.confidence,
          role: i.role,
          reasons: i.reasons,
          sources: [n],
        }),
        n,
      );
    }
    for (const t of x.techniques) {
      merge(
        techniques,
        t.id,
        () => ({
          id: t.id,
          name: t.name,
          tactics: t.tactics,
          evidence: t.evidence.text.slice(0, 300),
          sources: [n],
        }),
        n,
      );
    }
    for (const v of x.vulnerabilities)
      merge(vulns, v.id, () => ({ id: v.id, kev: kb.kev.has(v.id), sources: [n] }), n);
    for (const a of x.actors) merge(actors, a.name, () => ({ name: a.name, sources: [n] }), n);
    for (const m of x.malware) merge(malware, m.name, () => ({ name: m.name, sources: [n] }), n);
    for (const o of x.organisations)
      merge(orgs, o.name, () => ({ name: o.name, role: o.role, sources: [n] }), n);
    for (const w of x.weaknesses)
      merge(weaknesses, w.id, () => ({ id: w.id, name: w.name, sources: [n] }), n);
    for (const e of x.sectors) merge(sectors, e.name, () => ({ name: e.name, sources: [n] }), n);
    for (const e of x.countries) merge(countries, e.name, () => ({ name: e.name, sources: [n] }), n);
  });
  const techniqueIds = [...techniques.keys()];
  const playbook = playbookFor(assessment.incidentType);
  const steps = playbook ? selectSteps(playbook, techniqueIds) : [];
  const controlTitle = (id: string) => kb.controls.get(id)?.title;
  const cisTitle = (id: string) => kb.cis.get(id)?.title;
  const checklist: ChecklistItem[] = steps.map((step, index) => {
    const primary = step.csf[0] ?? '';
    return {
      step: index + 1,
      timing: step.timing,
      title: step.title,
      phase: `${primary} ${csfCategoryName(primary) ?? ''}`.trim(),
      references: {
        nist80061r3: references(step.csf, csfCategoryName),
        nist80053: references(step.nist80053, controlTitle),
        cis: references(step.cis, cisTitle),
      },
      action: step.action,
      compensatingControl: step.compensatingControl,
      preserveEvidence: step.preserveEvidence,
    };
  });
  const derivedControls = techniqueIds.flatMap(
    (id) => kb.techniqueControls.get(id) ?? kb.techniqueControls.get(id.split('.')[0] ?? '') ?? [],
  );
  const controlIds = [
    ...new Set([...checklist.flatMap((c) => c.references.nist80053.map((r) => r.id)), ...derivedControls]),
  ].sort();
  const cisIds = [...new Set(checklist.flatMap((c) => c.references.cis.map((r) => r.id)))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  const indicatorList = [...indicators.values()];
  return {
    id: bundle.story.id,
    title: bundle.story.title,
    incidentType: assessment.incidentType,
    incidentTypeLabel: incidentTypes[assessment.incidentType],
    classificationRationale: bundle.documents[0]?.extraction.classification.rationale ?? '',
    severity: assessment.severity,
    severityReasons: assessment.severityReasons,
    cvss: assessment.cvss,
    priority: assessment.priority,
    triage: assessment.triage,
    summary: executiveSummary(bundle, claimSets, assessment),
    technicalAnalysis: technicalAnalysis(bundle, assessment),
    checklist,
    recovery: playbook?.recovery ?? [],
    forensicArtifacts: playbook?.forensicArtifacts ?? [],
    detection: {
      behaviours: playbook ? selectDetections(playbook, techniqueIds) : [],
      queries: indicatorQueries([...rawIndicators.values()].filter((i) => huntable.has(i.role))),
    },
    indicators: indicatorList,
    techniques: [...techniques.values()],
    vulnerabilities: [...vulns.values()],
    actors: [...actors.values()],
    malware: [...malware.values()],
    organisations: [...orgs.values()],
    weaknesses: [...weaknesses.values()],
    sectors: [...sectors.values()],
    countries: [...countries.values()],
    compliance: {
      attack: [...techniques.values()].map((t) => ({ id: t.id, title: t.name })),
      nist80053: references(controlIds, controlTitle),
      cis: references(cisIds, cisTitle),
    },
    corroboration: storyCorroboration(bundle),
    claims: claimSets.map((set) => ({
      field: set.field,
      status: set.status,
      current: set.current ? formatClaim(set.current.value, set.current.unit, set.current.qualifier) : null,
      corroboration: set.corroboration,
      sources: [...new Set(set.values.map((v) => citeOf(bundle, v.documentId)))],
    })),
    sources: bundle.documents.map((doc, index) => ({
      n: index + 1,
      copyOf: doc.nearDuplicateOf === null ? null : citeOf(bundle, doc.nearDuplicateOf),
      url: doc.url,
      title: doc.title,
      source: doc.source.name,
      domain: doc.source.domain,
      kind: doc.source.kind,
      tier: doc.source.tier,
      reliability: doc.source.reliability,
      published: doc.published,
    })),
    disputes: disputesOf(claimSets),
    record: incidentRecord(bundle, claimSets, assessment),
    disclaimer,
    kbOrigin: kb.origin,
  };
}

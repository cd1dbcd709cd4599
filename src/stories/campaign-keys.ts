/**
 * What one gang's or one crew's separate incidents share, and when it stops counting as evidence
 * that two reports are one event (`same-event.ts`): across two flaws of one product, the product,
 * its vendor, the actor and its malware; across two victims of one campaign, also the flaw. Pure.
 */
import type { IncidentType } from '../core/facts.js';
import { keyKinds, type KeyKind } from './event-keys.js';
import type { EventFeatures } from './features.js';
import type { StoryKeys } from './key-view.js';

/** Kinds that two flaws of one product share whoever exploits them: not evidence across CVEs. */
const productOrActor: ReadonlySet<KeyKind> = new Set(['actor', 'malware', 'name', 'org']);

/** What one gang's attacks through one flaw share, whoever their victim. */
const campaignKinds: ReadonlySet<KeyKind> = new Set([...productOrActor, 'cve']);

/**
 * What an incident is made of. Two reports of no incident (a launch, an earnings call, a talk) mention
 * incidents: the flaws, gangs and victims they cite are not what they announce.
 */
const incidentKinds: ReadonlySet<KeyKind> = new Set(['cve', 'actor', 'malware', 'victim', 'fig', 'ioc']);

/** No incident on either side, and one side says so in a sentence (a launch, an earnings call). */
function announcements(doc: EventFeatures, docs: readonly EventFeatures[]): boolean {
  const quiet = (f: EventFeatures) =>
    f.type === 'not-an-incident' || (f.type === undefined && f.uncued === true);
  const said = (f: EventFeatures) => f.type === 'not-an-incident';
  return quiet(doc) && docs.every(quiet) && (said(doc) || docs.some(said));
}

/** Incidents that happen to one organisation (not a campaign across many). */
const victimIncidents: ReadonlySet<IncidentType> = new Set(['data-breach', 'ransomware']);

/** "marks & spencer" → "m&s", "community health systems" → "chs". */
const initials = (name: string): string => {
  const words = name.split(/\s+/).filter((w) => w !== 'and' && w !== 'of' && w !== 'the');
  return words.length < 2 ? name : words.map((w) => (w === '&' ? '&' : w[0])).join('');
};

/**
 * The report is about one victim (named at least twice as the victim) that the story never names,
 * by its name or its initials ("M&S" for Marks & Spencer).
 */
function mainVictimUnnamed(doc: EventFeatures, theirs: StoryKeys): boolean {
  const main = doc.victims?.[0];
  if (!main || main[1] < 2) return false;
  return !theirs.has(`name:${main[0]}`) && !theirs.has(`name:${initials(main[0])}`);
}

export interface CampaignContext {
  doc: EventFeatures;
  docs: readonly EventFeatures[];
  theirs: StoryKeys;
  /** The conflicts found between the report and the story (`conflicts.ts`). */
  conflicting: readonly (readonly [KeyKind, number])[];
  /** Each side is about its own main victim (`differentMainVictims`). */
  victimsDiffer: boolean;
  /** The story's type, by the vote of its reports. */
  theirType: IncidentType | undefined;
}

/**
 * The kinds whose shared keys count nothing for this report and story, or undefined when all count.
 * Two flaws (the CVEs conflict in full): a crew back in one product through a second zero-day
 * months later shares the product, the vendor, its name and its malware with its first campaign,
 * and both cite the older flaws. A breach or a ransomware attack happens to one organisation: when
 * both sides are such incidents about different victims, one gang's victims through one flaw in the
 * same weeks share the gang, the flaw and the product and are still as many incidents. Only
 * indicators, victims, figures and wording still count. Two reports of no incident are one
 * announcement only by its company, product and wording.
 */
export function idleKinds(ctx: CampaignContext): ReadonlySet<KeyKind> | undefined {
  const { doc, docs, theirs, conflicting, victimsDiffer, theirType } = ctx;
  if (announcements(doc, docs)) return incidentKinds;
  const full = (kind: KeyKind) =>
    conflicting.some(([k, weight]) => k === kind && weight >= keyKinds[kind].conflict);
  const victimApart =
    doc.type !== undefined &&
    victimIncidents.has(doc.type) &&
    theirType !== undefined &&
    victimIncidents.has(theirType) &&
    (victimsDiffer || mainVictimUnnamed(doc, theirs) || full('victim'));
  if (victimApart) return campaignKinds;
  return full('cve') ? productOrActor : undefined;
}

/**
 * Incident classification from weighted cue phrases (see `classify-cues.ts`): every type scores the
 * cues found in the body (each capped at `maxCountPerCue` matches, those in the lead weighted
 * `leadFactor` times) and in the title (weighted `titleFactor` times). A cue that the words before
 * it deny, call fake or push into the past (`discounting`) does not count. The best type wins,
 * unless it only frames or enables another type that is present (`yields`: an advisory about an
 * active campaign, the flaw a ransomware gang used), or a precedence type (not an incident, law
 * enforcement) reaches its share of the best score.
 */
import type { Classification, Evidence, IncidentType } from '../core/facts.js';
import { incidentTypeIds } from '../core/facts.js';
import {
  asideLine,
  discounting,
  leadChars,
  leadFactor,
  maxCountPerCue,
  minIncidentScore,
  precedence,
  titleFactor,
  yields,
} from './classify-cues.js';
import type { CueSpec } from './classify-cues.js';
import { cueTable } from './classify-cue-table.js';
import { createSentenceIndex } from './text.js';

interface CompiledCue {
  label: string;
  weight: number;
  regex: RegExp;
}

interface TypeScore {
  type: IncidentType;
  score: number;
  titleLabels: string[];
  /** Body matches as [start, end, weight], in text order. */
  hits: [number, number, number][];
  /** The table weight of its heaviest cue found (title or body). */
  strongest: number;
  labels: string[];
}

const compiled: ReadonlyMap<IncidentType, readonly CompiledCue[]> = new Map(
  incidentTypeIds.map((type) => [
    type,
    cueTable[type].map(([label, weight, pattern]: CueSpec) => ({
      label,
      weight,
      regex: new RegExp(`(?<![\\w-])(?:${pattern ?? label})(?![\\w-])`, 'gi'),
    })),
  ]),
);

/** How far back, within its sentence, the words that discount a cue are looked for. */
const contextChars = 60;

/** True when the words just before `at` (in the same sentence) deny the cue, call it fake or past. */
export function isDiscounted(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - contextChars), at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  return discounting.some(([, regex]) => regex.test(sentence));
}

/** Matches of `regex` in `text` that no context discounts. */
function* standing(regex: RegExp, text: string): Generator<RegExpExecArray> {
  for (const match of text.matchAll(regex)) if (!isDiscounted(text, match.index)) yield match;
}

/**
 * Genres a first sentence states only of the report itself: an incident's lead may say the victim
 * appointed responders or launched an investigation, never that it published its quarterly report.
 */
const leadGenres: ReadonlySet<string> = new Set(['annual report', 'funding round', 'webinar', 'podcast']);

/** The body's first sentence (up to a period, ! or ? before white space, or a line end). */
function firstSentence(text: string): string {
  const lead = text.trimStart();
  const m = /[.!?](?=\s)|\n/.exec(lead);
  return text.slice(0, (m ? m.index : lead.length) + (text.length - lead.length));
}

function scoreType(type: IncidentType, text: string, title: string, first: string): TypeScore {
  const result: TypeScore = { type, score: 0, titleLabels: [], hits: [], labels: [], strongest: 0 };
  for (const cue of compiled.get(type) ?? []) {
    if (!standing(cue.regex, title).next().done) {
      result.score += cue.weight * titleFactor;
      result.titleLabels.push(cue.label);
    }
    let count = 0;
    // A genre the body's first sentence states ("X has published its DDoS threat report for the
    // quarter") says what the report is, as a headline does.
    if (
      leadGenres.has(cue.label) &&
      !result.titleLabels.includes(cue.label) &&
      !standing(cue.regex, first).next().done
    ) {
      result.score += cue.weight * titleFactor;
      result.titleLabels.push(cue.label);
    }
    for (const match of standing(cue.regex, text)) {
      if (count === maxCountPerCue) break;
      count++;
      const weight = cue.weight * (match.index < leadChars ? leadFactor : 1);
      result.hits.push([match.index, match.index + match[0].length, weight]);
      result.score += weight;
    }
    if (count > 0) result.labels.push(cue.label);
    if (count > 0 || result.titleLabels.at(-1) === cue.label)
      result.strongest = Math.max(result.strongest, cue.weight);
  }
  return result;
}

/**
 * The highest-scoring type, then the yield rules, then the precedence rules; ties go to the earlier
 * type in `incidentTypes`.
 */
function decide(scores: readonly TypeScore[]): { winner: TypeScore | undefined; note: string } {
  let best: TypeScore | undefined;
  for (const s of scores) if (s.score > (best?.score ?? 0)) best = s;
  if (!best || best.score < minIncidentScore) return { winner: undefined, note: '' };
  let note = '';
  for (const rule of yields) {
    if (best.type !== rule.type) continue;
    const floor = Math.max(rule.min, best.score * rule.ratio);
    const served = scores
      .filter(
        (s) =>
          rule.to.includes(s.type) &&
          s.score >= floor &&
          (!rule.needs ||
            rule.needs.some((label) => s.labels.includes(label) || s.titleLabels.includes(label))),
      )
      .reduce<TypeScore | undefined>((top, s) => (s.score > (top?.score ?? 0) ? s : top), undefined);
    if (served) {
      note = `; ${rule.type} (${best.score} points) ${rule.why} ${served.type}`;
      best = served;
    }
  }
  if (best.type === 'not-an-incident') return { winner: best, note };
  for (const rule of precedence) {
    const s = scores.find((x) => x.type === rule.type);
    if (!s || s === best || s.score < rule.min || s.score < best.score * rule.ratio) continue;
    if (s.strongest < rule.strongCue) continue;
    const titled = rule.titleNeeds
      ? s.titleLabels.some((label) => rule.titleNeeds?.includes(label))
      : s.titleLabels.length > 0;
    if (!rule.inTitle || titled) {
      return {
        winner: s,
        note: `${note}; ${rule.type} takes precedence over ${best.type} (${best.score} points)`,
      };
    }
  }
  return { winner: best, note };
}

/** Up to three distinct sentences holding the heaviest cues of the winning type. */
function evidenceOf(text: string, winner: TypeScore): Evidence[] {
  const index = createSentenceIndex(text);
  const heaviest = [...winner.hits].sort((a, b) => b[2] - a[2] || a[0] - b[0]);
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const [start, end] of heaviest) {
    const e = index.evidence(start, end);
    if (seen.has(e.text)) continue;
    seen.add(e.text);
    evidence.push(e);
    if (evidence.length === 3) break;
  }
  return evidence.sort((a, b) => a.start - b.start);
}

function describe(s: TypeScore): string {
  const parts: string[] = [];
  if (s.titleLabels.length > 0) parts.push(`title mentions ${s.titleLabels.map((l) => `'${l}'`).join(', ')}`);
  const shown = s.labels.slice(0, 4).join(', ') + (s.labels.length > 4 ? ', …' : '');
  if (s.hits.length > 0) parts.push(`${s.hits.length} cues for ${s.type} (${shown})`);
  return `${parts.join('; ')}; score ${s.score}`;
}

/**
 * Classifies a document into one incident type, with the sentences that decided it.
 *
 * @example
 * classifyIncident('The gang encrypted servers and left a ransom note.', 'Ransomware hits city').type;
 * // 'ransomware'
 */
export function classifyIncident(text: string, title: string): Classification {
  // Asides are blanked, not cut, so that evidence offsets still point into `text`.
  const body = text.replace(asideLine, (line) => ' '.repeat(line.length));
  const first = firstSentence(body);
  const scores = incidentTypeIds.map((type) => scoreType(type, body, title, first));
  const { winner, note } = decide(scores);
  if (!winner) {
    return { type: 'not-an-incident', evidence: [], rationale: 'no incident cues strong enough' };
  }
  // A flaw the report says nobody is known to have exploited is guidance to patch, not an
  // incident. Silence is not enough: many reports of attacks never say "exploited".
  if (
    winner.type === 'vulnerability-exploitation' &&
    noExploitation.test(body) &&
    !exploitationShown(body, title)
  )
    return {
      type: 'advisory',
      evidence: evidenceOf(text, winner),
      rationale: `${describe(winner)}${note}; the report says no exploitation is known: an advisory`,
    };
  // A type the headline alone decided ("… appoints former FBI agent") rests on the headline: its
  // evidence is the title (offsets 0–0, as for a CVE only the title names).
  const evidence = evidenceOf(text, winner);
  if (evidence.length === 0 && winner.titleLabels.length > 0)
    evidence.push({ start: 0, end: 0, text: title });
  return { type: winner.type, evidence, rationale: describe(winner) + note };
}

/** "not aware of exploitation", "no evidence of exploitation", "has not been exploited", "nobody has reported exploitation". */
const noExploitation =
  /\b(?:(?:not|no(?:body|one)?|never)(?: \w+){0,3} (?:aware of|evidence of|reports? of|signs? of|reported|seen|observed|known)(?: \w+){0,2} (?:exploitation|exploits?|attacks)|(?:has|have|had) not been (?:\w+ )?exploited|not (?:\w+ )?exploited in the wild)\b/i;

/** Words that say a flaw was used in attacks: exploited (not "could be exploited"), in the wild, a zero-day, KEV. */
const exploitationCue =
  /(?<![\w-])(?:exploited in the wild|in-the-wild exploitation|actively exploited|active exploitation|under active attack|zero-days?|0-days?|Known Exploited Vulnerabilities|KEV|exploit(?:ed|ing))(?![\w-])/gi;
/** A modal before "exploited": a possibility, not an attack. */
const possibility =
  /\b(?:could|can|may|might|would|will|should|to be|be)(?: (?:not|easily|still|also|then|potentially|remotely))?(?: (?:be|have been))?\s+$/i;

/** True when the title or the body says, undenied and not as a possibility, that the flaw was exploited. */
function exploitationShown(body: string, title: string): boolean {
  for (const text of [title, body])
    for (const m of standing(exploitationCue, text))
      if (!possibility.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

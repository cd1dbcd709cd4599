/**
 * CVSS scores and vectors a text states ("rated 10.0 on CVSS", "CVSS v3.1 base score of 9.8",
 * "(CVSSv3: 7.5)", "CVSS:3.1/AV:N/…"), with the version and who the sentence attributes them to.
 * Which CVE a statement is about is decided by `extractVulnerabilities`.
 *
 * Every pattern is bounded or anchored (sticky) so the scan stays linear on hostile text.
 */
import cvssCalculator from 'ae-cvss-calculator';
import type { StatedCvss } from '../core/facts.js';
import { createSentenceIndex, type SentenceIndex, type Span } from './text.js';

const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/** A score as written: 0.0–9.9 with one decimal, or 10 / 10.0; not part of a longer number. */
const scoreNumber = String.raw`(?<score>10(?:\.0)?|\d\.\d)`;
const score = String.raw`${scoreNumber}(?!\.?\d|%)`;

/** A vector, with or without its `CVSS:x.y/` prefix (v2 vectors have none). */
const vectorPattern =
  /(?<![\w/:])(?:CVSS:(?<version>[234]\.0|3\.1)\/)?(?<body>AV:[A-Z](?:\/[A-Z][A-Za-z]{0,2}:[A-Z][A-Za-z]{0,2})+)/g;

/** "10.0 on the CVSS scale", "9.8 out of 10 in CVSS", "a 7.5 CVSS score": the score comes first. */
const scoreBeforeCvss = new RegExp(
  String.raw`(?<![\d.])${scoreNumber}(?:[ \t]?\/[ \t]?10(?:\.0)?|[ \t]out[ \t]of[ \t]10(?:\.0)?)?[ \t](?:(?:on|in|under|using|per)[ \t](?:the[ \t])?)?CVSS(?!:\d)`,
  'gi',
);

/** The word CVSS, not the prefix of a vector. */
const cvssWord = /(?<![\p{L}\p{N}])CVSS(?!:\d)/giu;

/** Right after "CVSS": a version with a "v" ("CVSSv3", "CVSS v3.1", "CVSS (version 4.0)"). */
const versionWithV = /[ \t-]?\(?v(?:ersion[ \t])?(?<version>[234](?:\.[01])?)(?!\.?\d)/iy;
/** Right after "CVSS": a bare version ("CVSS 3.1 base score 9.8", "CVSS 4.0: 9.3"), only when a score follows. */
const versionBare =
  /[ \t](?<version>[234]\.[01]|[234])(?!\.?\d)(?=[^\d.,;!?()\n]{0,30}(?:10(?:\.0)?|\d\.\d)(?!\.?\d))/y;
/** After "CVSS" (and its version): a few filler words, then the score. */
const scoreAfter = new RegExp(String.raw`(?<filler>[^\d.;!?\n]{0,40})${score}`, 'y');
/** "… scores of 9.1 and 7.2", "9.8, 8.1 and 7.5": more scores in the same list. */
const nextInList = new RegExp(String.raw`(?:[ \t]?,[ \t]?(?:and[ \t])?|[ \t](?:and|or)[ \t])${score}`, 'y');
const maxListLength = 8;

/** Words allowed between "CVSS" and its score; anything else means the number is about something else. */
const fillerWords = new Set(
  [
    ...['score', 'scores', 'scored', 'base', 'rating', 'rated', 'severity', 'value', 'of', 'is'],
    ...['was', 'has', 'had', 'at', 'a', 'an', 'the', 'its', 'with', 'given', 'assigned', 'put'],
    ...['it', 'as', 'critical', 'high', 'medium', 'moderate', 'low', 'flaw', 'bug', 'issue'],
    ...['vulnerability', 'gets', 'carries', 'sits', 'now', 'overall'],
  ].map((w) => w.toLowerCase()),
);

function fillerOk(filler: string): boolean {
  for (const word of filler.toLowerCase().split(/[\s:=()[\]\u2013\u2014,-]+/)) {
    if (word !== '' && !fillerWords.has(word)) return false;
  }
  return true;
}

/** '3' → '3.x' (minor not stated), '2'/'4' → '2.0'/'4.0' (the only minors), else as written. */
function canonicalVersion(version: string | undefined): string | null {
  if (!version) return null;
  if (version === '3') return '3.x';
  return version.includes('.') ? version : `${version}.0`;
}

interface Computed {
  vector: string;
  version: string | null;
  score: number;
}

/**
 * Validates a vector with ae-cvss-calculator and computes its base score; null when the vector is
 * not a complete, valid base vector of its version. An unprefixed v3 vector is scored as 3.1.
 */
export function computeVector(version: string | null, body: string): Computed | null {
  const implied = version ?? (body.includes('/Au:') ? '2.0' : /\/(?:AT|VC|VI|VA):/.test(body) ? '4.0' : null);
  const vector = version ? `CVSS:${version}/${body}` : body;
  try {
    let base: number | undefined;
    if (implied === '2.0') {
      const calc = new Cvss2(body);
      base = calc.isBaseFullyDefined() ? calc.calculateScores().base : undefined;
    } else if (implied === '4.0') {
      const calc = new Cvss4P0(`CVSS:4.0/${body}`);
      const scores = calc.calculateScores();
      base = calc.isBaseFullyDefined() ? (scores.baseMetricsOnly ?? scores.base) : undefined;
    } else {
      const calc = implied === '3.0' ? new Cvss3P0(`CVSS:3.0/${body}`) : new Cvss3P1(`CVSS:3.1/${body}`);
      base = calc.isBaseFullyDefined() ? calc.calculateScores().base : undefined;
    }
    if (base === undefined || !Number.isFinite(base)) return null;
    return { vector, version: implied, score: base };
  } catch {
    return null;
  }
}

interface Found {
  start: number;
  end: number;
  score: number | null;
  vector: string | null;
  version: string | null;
}

function findScores(text: string): Found[] {
  const found: Found[] = [];
  const before = new Map<number, RegExpExecArray>();
  for (const match of text.matchAll(scoreBeforeCvss)) {
    before.set(match.index + match[0].length - 4, match);
  }
  for (const anchor of text.matchAll(cvssWord)) {
    let at = anchor.index + anchor[0].length;
    versionWithV.lastIndex = at;
    let versionMatch = versionWithV.exec(text);
    if (!versionMatch) {
      versionBare.lastIndex = at;
      versionMatch = versionBare.exec(text);
    }
    const version = canonicalVersion(versionMatch?.groups?.version);
    const stated = before.get(anchor.index);
    if (stated) {
      found.push({
        start: stated.index,
        end: anchor.index + anchor[0].length + (versionMatch?.[0].length ?? 0),
        score: Number(stated.groups?.score),
        vector: null,
        version,
      });
      continue;
    }
    if (versionMatch) at += versionMatch[0].length;
    scoreAfter.lastIndex = at;
    const match = scoreAfter.exec(text);
    if (!match || !fillerOk(match.groups?.filler ?? '')) continue;
    let last: RegExpExecArray | null = match;
    for (let n = 0; last && n < maxListLength; n++) {
      const end = last.index + last[0].length;
      const start = n === 0 ? anchor.index : end - (last.groups?.score?.length ?? 0);
      found.push({ start, end, score: Number(last.groups?.score), vector: null, version });
      nextInList.lastIndex = end;
      last = nextInList.exec(text);
    }
  }
  return found;
}

function findVectors(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(vectorPattern)) {
    const computed = computeVector(match.groups?.version ?? null, match.groups?.body ?? '');
    if (!computed) continue;
    found.push({ start: match.index, end: match.index + match[0].length, ...computed });
  }
  return found;
}

function compatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || (a === '3.x' && b.startsWith('3'));
}

/** Joins each vector to the nearest score stated in the same sentence that has no vector yet. */
function merge(items: Found[], index: SentenceIndex): Found[] {
  items.sort((a, b) => a.start - b.start);
  const out: Found[] = [];
  const merged = new Set<Found>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item || merged.has(item)) continue;
    if (item.vector === null) {
      out.push(item);
      continue;
    }
    const sentence = index.sentenceAt(item.start).start;
    const candidates = [out.at(-1), items[i + 1]].filter(
      (c): c is Found =>
        c !== undefined &&
        c.vector === null &&
        !merged.has(c) &&
        index.sentenceAt(c.start).start === sentence &&
        compatible(c.version, item.version),
    );
    const target = candidates.sort(
      (a, b) => Math.abs(a.start - item.start) - Math.abs(b.start - item.start),
    )[0];
    if (!target) {
      out.push(item);
      continue;
    }
    merged.add(target);
    const joined: Found = {
      start: Math.min(target.start, item.start),
      end: Math.max(target.end, item.end),
      score: target.score,
      vector: item.vector,
      version: item.version ?? target.version,
    };
    if (target === out.at(-1)) out[out.length - 1] = joined;
    else out.push(joined);
  }
  return out;
}

/** A name as written: up to five capitalised words ("Palo Alto Networks", "NVD"). */
const name = String.raw`NVD|NIST|[A-Z][\w&-]{0,30}(?:[ \t][A-Z][\w&-]{0,30}){0,4}`;
const attributions: readonly RegExp[] = [
  new RegExp(String.raw`\baccording[ \t]to[ \t](?:the[ \t])?(?<by>vendor|${name})`, 'gu'),
  new RegExp(
    String.raw`\b(?:rated|scored|assessed|assigned|given|calculated)\b[^;!?\n]{1,80}?\bby[ \t](?:the[ \t])?(?<by>vendor|${name})`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\w&-])(?<by>[Tt]he[ \t](?:[\w']{1,30}[ \t])?(?:vendor|maintainers|developers)|${name})(?:'s)?[ \t](?:has[ \t]|have[ \t]|had[ \t])?(?:rated|rates|assigned|assigns|scored|scores|gave|gives|lists|listed|puts|calculated)\b`,
    'gu',
  ),
  /\bper[ \t](?<by>NVD|NIST|the[ \t]vendor)\b/gu,
];

/** Words that start a sentence or a clause but are never who stated a score. */
const notNames = new Set([
  ...['it', 'this', 'that', 'these', 'those', 'they', 'we', 'he', 'she', 'which', 'who', 'and'],
  ...['but', 'also', 'then', 'on', 'in', 'at', 'last', 'meanwhile', 'separately', 'however'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'cvss'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december', 'researchers', 'attackers', 'flaw', 'bug', 'issue'],
]);

/** 'NIST' → 'NVD', 'vendor'/'The vendor' → 'the vendor'; leading clause words dropped; null if nothing is left. */
function canonicalBy(raw: string): string | null {
  const words = raw.split(/[ \t]+/);
  while (words.length > 0 && notNames.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words[0]?.toLowerCase() === 'the') {
    words.shift();
    // "the vendor", "the project's maintainers": a role, kept lower-case with its article.
    if (words.every((w) => w === w.toLowerCase())) return words.length ? `the ${words.join(' ')}` : null;
  }
  const by = words.join(' ');
  if (by === '' || /^CVE\b/i.test(by) || notNames.has(by.toLowerCase())) return null;
  if (by.toLowerCase() === 'vendor') return 'the vendor';
  if (by === 'NIST' || by === 'NVD' || by === 'National Vulnerability Database') return 'NVD';
  return by;
}

/**
 * The attribution in `[from, to)` nearest to the statement `[item.start, item.end)` (0 when they
 * overlap); on a tie the earlier pattern in `attributions` wins.
 */
function nearestAttribution(
  text: string,
  from: number,
  to: number,
  item: { start: number; end: number },
): string | null {
  const clause = text.slice(from, to);
  let best: { by: string; distance: number } | null = null;
  for (const pattern of attributions) {
    for (const match of clause.matchAll(pattern)) {
      const by = match.groups?.by ? canonicalBy(match.groups.by) : null;
      if (!by) continue;
      const start = from + match.index;
      const end = start + match[0].length;
      const distance = end <= item.start ? item.start - end : start >= item.end ? start - item.end : 0;
      if (!best || distance < best.distance) best = { by, distance };
    }
  }
  return best?.by ?? null;
}

/** How far around a statement to look for who stated it. */
const attributionReach = 240;

/** Who stated the score at `[item.start, item.end)`: first in its own clause `[from, to)`, then in the sentence. */
function attributionIn(
  text: string,
  sentence: Span,
  from: number,
  item: { start: number; end: number },
  to: number,
): string | null {
  const low = Math.max(sentence.start, item.start - attributionReach);
  const high = Math.min(sentence.end, item.end + attributionReach);
  return (
    nearestAttribution(text, Math.max(from, low), Math.min(to, high), item) ??
    nearestAttribution(text, low, high, item)
  );
}

/**
 * Every CVSS score or vector `text` states, in text order, each with its evidence (offsets of the
 * statement, its sentence). A vector is validated and, when no score is stated beside it, scored.
 * `statedBy` is who the sentence credits ("NVD", "the vendor", "Palo Alto Networks"), else null.
 *
 * @example
 * findCvssStatements('NVD rated it 9.8 on the CVSS v3.1 scale.')[0];
 * // { score: 9.8, vector: null, version: '3.1', statedBy: 'NVD', evidence: { … } }
 */
export function findCvssStatements(
  text: string,
  index: SentenceIndex = createSentenceIndex(text),
): StatedCvss[] {
  const items = merge([...findScores(text), ...findVectors(text)], index);
  return items.map((item, i) => {
    const sentence = index.sentenceAt(item.start);
    const prev = items[i - 1];
    const next = items[i + 1];
    const from = prev && prev.end > sentence.start ? prev.end : sentence.start;
    const to = next && next.start < sentence.end ? next.start : sentence.end;
    return {
      score: item.score,
      vector: item.vector,
      version: item.version,
      statedBy: attributionIn(text, sentence, from, item, to),
      evidence: index.evidence(item.start, item.end),
    };
  });
}

/**
 * Role and confidence of each candidate, with the reasons in words. First match wins:
 * 1. internal — private, reserved or documentation values (confidence low);
 * 2. on a warninglist — the list's role (a reference, a sinkhole…), low; a URL on a listed host
 *    keeps going when it is defanged or points at a file (payloads are hosted on GitHub too);
 * 3. the nearest cue in its sentence: victim (defaced, compromised, "the victim's website"; not
 *    "sends victims to", not "stolen data"), researcher (sinkhole,
 *    honeypot), reference (advisory, patch, blog, "see"), payload (download, dropper) or
 *    malicious (C2, phishing, attacker, IOC, beacon…);
 * 4. what it is: hashes and file names are payloads; defanged values, IOC table rows and list items
 *    under an IOC heading are malicious; URLs to executable files are payloads;
 * 5. otherwise a reference with low confidence: nothing says it is malicious.
 * Malicious and payload are high when defanged, in an IOC table or list, or next to IOC/C2 words.
 */
import type { Confidence, IndicatorRole } from '../../core/facts.js';
import type { Warninglists } from '../../kb/types.js';
import type { Candidate } from './candidate.js';
import type { Context } from './confidence.js';
import { executableExtensions } from './filename.js';
import { isDefanged } from './refang.js';
import { warninglistOf, warninglistReason, warninglistRole } from './warninglist.js';

export interface Assessment {
  role: IndicatorRole;
  confidence: Confidence;
  reasons: string[];
}

/** Archives and documents: a URL to one is a payload when nothing else is said about it. */
const payloadDocuments: ReadonlySet<string> = new Set([
  'zip',
  'rar',
  '7z',
  'gz',
  'tgz',
  'tar',
  'cab',
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'rtf',
]);

const hashTypes: ReadonlySet<string> = new Set(['md5', 'sha1', 'sha256', 'sha512']);

const cues: readonly { role: IndicatorRole | 'download'; pattern: RegExp }[] = [
  {
    role: 'victim',
    pattern:
      /\b(?:defac(?:ed|ing)|compromised|breached|hacked|hijacked|targeted|targeting|victim(?:['\u2019]s|s['\u2019]?)? (?:domains?|sites?|websites?|servers?|hosts?|networks?|portals?|addresses)|leaked|knocked offline)\b/gi,
  },
  {
    role: 'researcher',
    pattern:
      /\b(?:sinkhol\w+|honeypots?|researchers?['\u2019]?\s+(?:servers?|infrastructure)|scanning services?)\b/gi,
  },
  {
    role: 'malicious',
    pattern:
      /\b(?:iocs?|indicators? of compromise|c2|c&c|cnc|command[\s-]and[\s-]control|malicious|phishing|attackers?|threat actors?|adversar(?:y|ies)|beacon\w*|callbacks?|malware|backdoors?|botnets?|ransom\w*|exfiltrat\w+|implants?|exploit\w*|cobalt strike|team server|typosquat\w*|lookalike|impersonat\w+|spoof\w*|rogue|bulletproof|wallets?|extort\w*|miners?|stealers?|trojan\w*)\b/gi,
  },
  {
    role: 'download',
    pattern:
      /\b(?:download\w*|dropp(?:er|ed|ing)|drops?|payloads?|loaders?|stagers?|second[\s-]stage|executables?|binar(?:y|ies)|fetch(?:ed|es)?|retrieved)\b/gi,
  },
  {
    role: 'reference',
    pattern:
      /\b(?:advisory|advisories|patch(?:es|ed)?|bulletin|blog(?:\s*post)?|report(?:ed|s)?|see|according to|published|write-?up|documentation|read more|more information|announcement|press release|security update|references?)\b/gi,
  },
];

/** Cue words that make a malicious or payload role high confidence. */
const strongCue =
  /\b(?:iocs?|indicators? of compromise|c2|c&c|cnc|command[\s-]and[\s-]control|malicious|beacon\w*|payloads?)\b/i;

function cueLabel(word: string): string {
  return /^(?:c2|c&c|cnc|command[\s-]and[\s-]control)$/i.test(word)
    ? 'command-and-control'
    : word.toLowerCase();
}

/** The cue nearest the candidate in its window (first in `cues` order on a tie), or null. */
function nearestCue(window: Context['window']): { role: IndicatorRole | 'download'; word: string } | null {
  let best: { role: IndicatorRole | 'download'; word: string; distance: number } | null = null;
  for (const { role, pattern } of cues) {
    for (const match of window.text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const distance = end <= window.start ? window.start - end : Math.max(0, match.index - window.end);
      if (match.index < window.end && end > window.start) continue;
      if (best === null || distance < best.distance) best = { role, word: match[0], distance };
    }
  }
  return best;
}

function fileExtension(url: string): string {
  const path = /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') ? last.slice(last.lastIndexOf('.') + 1).toLowerCase() : '';
}

/** Values looked up on warninglists: the value itself, and the host of a URL or email. */
function listed(c: Candidate, lists: Warninglists): string | null {
  const key = c.type === 'cidr' ? (c.value.split('/')[0] ?? '') : c.value;
  return warninglistOf(lists, key) ?? (c.host === undefined ? null : warninglistOf(lists, c.host));
}

const fileWords = /\b(?:hash(?:es)?|md5|sha-?(?:1|256|512)|iocs?|malicious|payloads?|samples?)\b/i;

/** Role and confidence from the words and layout around `c`, once lists and internal values are ruled out. */
function fromContext(c: Candidate, context: Context, reasons: string[], defanged: boolean): Assessment {
  const iocList =
    context.section === 'ioc' &&
    (context.tableRow || context.otherWordsOnLine <= 2 * context.indicatorsOnLine);
  if (iocList) reasons.push(context.tableRow ? 'in an IOC table row' : 'in an IOC list');
  if (c.type === 'filename' || hashTypes.has(c.type)) {
    const strong = iocList || fileWords.test(context.window.text);
    if (hashTypes.has(c.type)) reasons.push('a file hash');
    return { role: 'payload', confidence: strong ? 'high' : 'medium', reasons };
  }
  const cue = nearestCue(context.window);
  if (cue !== null) reasons.push(`sentence mentions ${cueLabel(cue.word)}`);
  const high = defanged || iocList || strongCue.test(context.window.text) ? 'high' : 'medium';
  const extension = c.type === 'url' ? fileExtension(c.value) : '';
  const fileUrl = executableExtensions.has(extension) || (cue === null && payloadDocuments.has(extension));
  if (c.type === 'url' && (fileUrl || cue?.role === 'download')) {
    if (extension !== '') reasons.push(`URL of a .${extension} file`);
    return { role: 'payload', confidence: high, reasons };
  }
  if (cue?.role === 'download') return { role: 'malicious', confidence: high, reasons };
  if (cue?.role === 'malicious') return { role: 'malicious', confidence: high, reasons };
  if (cue !== null && cue.role !== 'reference') return { role: cue.role, confidence: 'medium', reasons };
  if (cue === null && (defanged || iocList)) return { role: 'malicious', confidence: 'high', reasons };
  if (cue !== null) return { role: 'reference', confidence: 'medium', reasons };
  if (context.section === 'reference')
    return {
      role: 'reference',
      confidence: 'medium',
      reasons: [...reasons, 'listed under a references heading'],
    };
  if (c.type === 'domain' && /[A-Z]/.test(c.raw.slice(c.raw.lastIndexOf('.') + 1)))
    return { role: 'reference', confidence: 'low', reasons: [...reasons, 'written like a product name'] };
  return {
    role: 'reference',
    confidence: 'low',
    reasons: [...reasons, 'nothing in the text says it is malicious'],
  };
}

/**
 * The role, confidence and reasons of `c` in `context` (see the rule at the top of this file).
 *
 * @example
 * assess(urlCandidate, context, builtinWarninglists); // { role: 'payload', confidence: 'high', reasons: […] }
 */
export function assess(c: Candidate, context: Context, lists: Warninglists): Assessment {
  const notes = c.notes ?? [];
  if (c.internal !== undefined)
    return { role: 'internal', confidence: 'low', reasons: [c.internal, ...notes] };
  const defanged = isDefanged(c.raw);
  const list = listed(c, lists);
  const hostedFile = c.type === 'url' && (defanged || executableExtensions.has(fileExtension(c.value)));
  if (list !== null && !hostedFile) {
    const role = warninglistRole(list);
    const confidence = role === 'researcher' ? 'medium' : 'low';
    return { role, confidence, reasons: [warninglistReason(list), ...notes] };
  }
  const reasons = [...notes];
  if (list !== null) reasons.push(warninglistReason(list));
  if (defanged) reasons.push('defanged by the author');
  return fromContext(c, context, reasons, defanged);
}

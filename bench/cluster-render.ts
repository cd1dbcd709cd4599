/**
 * Writes one report of a generated event from the templates of `cluster-templates.ts`, or a
 * syndicated copy of an earlier report (same body; new headline or intro line; a few words changed).
 */
import type { EventTruth, EventType } from './cluster-events.js';
import { defang, sectorServices, sectorWords, type Rng } from './cluster-names.js';
import { advice, commonFacts, distractors, paraphrases, synonyms, templates } from './cluster-templates.js';

export interface Rendered {
  title: string;
  text: string;
  type: EventType;
}

const day = 86_400_000;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; // prettier-ignore
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
type Slots = Record<string, string | null | undefined>;

function slotsOf(rng: Rng, e: EventTruth, offset: number, other: EventTruth | null): Slots {
  const date = new Date(e.start);
  const revise = offset > 20 * day ? 1 + rng.next() * 1.5 : 1;
  const f = e.figures;
  const figure = (key: string): number => f[key] ?? 0;
  const count = Math.round((figure('count') * revise) / 1000) * 1000;
  return {
    ...e.details,
    victim: e.victim,
    victimShort: (e.victim ?? e.vendor)?.split(' ')[0],
    person: e.person,
    city: e.city,
    firm: e.firm,
    researcher: e.researcher,
    staff: figure('staff').toLocaleString('en-US'),
    service: e.victim ? sectorServices[e.sector] : null,
    sectorWord: sectorWords[e.sector],
    country: e.country,
    date: `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]}${rng.chance(0.5) ? ` ${date.getUTCFullYear()}` : ''}`,
    weekday: weekdays[date.getUTCDay()],
    month: monthNames[date.getUTCMonth()],
    actor: e.actor,
    actorYear: String(2016 + (e.label % 7)),
    dataGb: String(figure('dataGb')),
    money: `$${figure('money')} million`,
    cve: e.cves[0],
    cve2: e.cves[1],
    vendor: e.vendor,
    product: e.product,
    cvss: figure('cvss').toFixed(1),
    malware: e.malware[0],
    ioc: e.iocs.length ? defang(rng.pick(e.iocs)) : null,
    count: count.toLocaleString('en-US'),
    size: figure('size').toFixed(1),
    minutes: String(figure('minutes')),
    botnet: e.botnet,
    operation: e.operation,
    countries: String(figure('countries')),
    arrests: String(figure('arrests')),
    servers: String(figure('servers')),
    otherActor: other?.actor,
    otherVictim: other?.victim,
    otherVendor: other?.vendor,
    otherCve: other?.cves[0],
  };
}

/** Fills a template (slot values may hold slots themselves); null when the event lacks a slot. */
function fill(rng: Rng, template: string, slots: Slots): string | null {
  const missing: string[] = [];
  let out = template;
  for (let pass = 0; pass < 2 && out.includes('{'); pass++)
    out = out.replace(/\{(\w+)\}/g, (_, key: string) => {
      const options = synonyms[key];
      if (options) return rng.pick(options);
      const value = slots[key];
      if (value === null || value === undefined) missing.push(key);
      return value ?? '';
    });
  if (missing.length) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The first wording of the list that the event can fill, in random order. */
function firstFilled(rng: Rng, list: readonly string[], slots: Slots): string | null {
  for (const template of rng.shuffle(list)) {
    const text = fill(rng, template, slots);
    if (text) return text;
  }
  return null;
}

/** Swaps common words for alternatives, each occurrence with probability `p`. */
function paraphrase(rng: Rng, text: string, p: number): string {
  return text.replace(/\b[a-z]+\b/g, (w) => {
    const options = paraphrases[w];
    return options && rng.chance(p) ? rng.pick(options) : w;
  });
}

const wordCount = (sentences: readonly string[]): number =>
  sentences.reduce((sum, s) => sum + s.split(' ').length, 0);

function syndicate(rng: Rng, from: Rendered, e: EventTruth, slots: Slots): Rendered {
  const t = templates[e.type];
  const sentences = from.text.split('\n');
  const lead = firstFilled(rng, t.leads, slots);
  if (rng.chance(0.5) && lead) sentences[0] = lead;
  else
    sentences[0] = `${rng.pick(['LONDON', 'NEW YORK', 'BERLIN', 'PARIS', 'SYDNEY'])} – ${sentences[0] ?? ''}`;
  let text = sentences.join('\n');
  for (let swaps = rng.int(1, 3); swaps > 0; swaps--) {
    const [key, options] = rng.pick(Object.entries(synonyms));
    const found = options.find((w) => text.includes(` ${w} `));
    if (found) text = text.replace(` ${found} `, ` ${rng.pick(synonyms[key] ?? [found])} `);
  }
  const title = rng.chance(0.5)
    ? (firstFilled(rng, t.titles, slots) ?? from.title)
    : `${rng.pick(['Report: ', 'Update: ', 'Breaking: '])}${from.title}`;
  return { title, text, type: from.type };
}

/**
 * One report of an event published `offset` ms after it; with `copyOf`, a syndicated copy of that
 * report. `other` is an earlier event the report may mention in passing.
 */
export function renderReport(
  rng: Rng,
  e: EventTruth,
  offset: number,
  other: EventTruth | null,
  copyOf?: Rendered,
): Rendered {
  const slots = slotsOf(rng, e, offset, other);
  if (copyOf) return syndicate(rng, copyOf, e, slots);
  const t = templates[e.type];
  const followUp = offset > 20 * day && rng.chance(0.6);
  const title = firstFilled(rng, t.titles, slots) ?? `${e.type} report`;
  const lead = firstFilled(rng, followUp ? t.followUps : t.leads, slots) ?? firstFilled(rng, t.leads, slots);
  const facts: string[] = [];
  const allFacts = [...t.facts, ...commonFacts];
  for (const wordings of allFacts) {
    if (!rng.chance(0.75)) continue;
    const sentence = firstFilled(rng, wordings, slots);
    if (sentence) facts.push(sentence);
  }
  if (other) {
    const mention = firstFilled(rng, distractors, slots);
    if (mention) facts.push(mention);
  }
  const target = 80 + Math.round(320 * rng.next() ** 1.6);
  const body = [lead ?? '', ...rng.shuffle(facts)];
  // At most three generic sentences: background for the type and general advice.
  const filler = [...rng.shuffle(advice).slice(0, rng.int(0, 2)), ...rng.shuffle(t.background).slice(0, 1)];
  while (wordCount(body) < target && filler.length) {
    const next = fill(rng, filler.pop() ?? '', slots);
    if (next) body.push(next);
  }
  while (wordCount(body) > 400 && body.length > 2) body.pop();
  // Long reports repeat the core facts in other words, as real articles do.
  if (wordCount(body) < target) {
    for (const wordings of rng.shuffle(allFacts)) {
      const sentence = firstFilled(rng, wordings, slots);
      if (sentence && !body.includes(sentence)) body.push(sentence);
      if (wordCount(body) >= target) break;
    }
    while (wordCount(body) > 400 && body.length > 2) body.pop();
  }
  for (const extra of rng.shuffle(advice)) {
    if (wordCount(body) >= 80) break;
    if (!body.includes(extra)) body.push(extra);
  }
  return { title, text: paraphrase(rng, body.join('\n'), 0.5), type: e.type };
}

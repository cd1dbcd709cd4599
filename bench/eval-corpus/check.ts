/**
 * Checks every event file of the evaluation corpus: schema, unique ids, known publishers, label
 * sentences present in the text, IOC and CVE values present in the text, copies pointing at an
 * article of the same event. Prints one line per problem; exit 1 when there is any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { eventFile, type EventFile } from './schema.js';

const dir = new URL('./events/', import.meta.url);
const publishers = JSON.parse(readFileSync(new URL('./publishers.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

export function loadEvents(): { events: EventFile[]; problems: string[] } {
  const problems: string[] = [];
  const events: EventFile[] = [];
  const ids = new Set<string>();
  const eventIds = new Set<string>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    } catch (e) {
      problems.push(`${name}: not JSON: ${String(e)}`);
      continue;
    }
    const parsed = eventFile.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${name}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const ev = parsed.data;
    if (`${ev.event}.json` !== name) problems.push(`${name}: file name must be <event>.json`);
    if (eventIds.has(ev.event)) problems.push(`${name}: duplicate event ${ev.event}`);
    eventIds.add(ev.event);
    const own = new Set(ev.articles.map((a) => a.id));
    for (const a of ev.articles) {
      const where = `${name} ${a.id}`;
      if (ids.has(a.id)) problems.push(`${where}: duplicate article id`);
      ids.add(a.id);
      if (!(a.publisher in publishers) || a.publisher.startsWith('_'))
        problems.push(`${where}: unknown publisher`);
      if (a.copyOf && !own.has(a.copyOf)) problems.push(`${where}: copyOf ${a.copyOf} is not in this event`);
      const text = [a.title, ...a.paragraphs].join('\n');
      const has = (s: string): boolean => text.includes(s);
      for (const t of a.labels.techniques)
        if (!has(t.sentence)) problems.push(`${where}: technique sentence not in text: ${t.sentence}`);
      for (const f of a.labels.figures)
        if (!has(f.sentence)) problems.push(`${where}: figure sentence not in text: ${f.sentence}`);
      for (const c of a.labels.cves)
        if (!text.toUpperCase().includes(c)) problems.push(`${where}: CVE not in text: ${c}`);
      for (const i of a.labels.iocs) {
        const refanged = text
          .replace(/\[\.\]|\(\.\)|\[dot\]/gi, '.')
          .replace(/hxxp/gi, 'http')
          .replace(/\[:\]/g, ':');
        if (!refanged.toLowerCase().includes(i.value.toLowerCase()))
          problems.push(`${where}: IOC not in text: ${i.value}`);
      }
    }
    events.push(ev);
  }
  return { events, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { events, problems } = loadEvents();
  for (const p of problems) console.log(p);
  const articles = events.reduce((n, e) => n + e.articles.length, 0);
  console.log(`${events.length} events, ${articles} articles, ${problems.length} problem(s)`);
  process.exitCode = problems.length ? 1 : 0;
}

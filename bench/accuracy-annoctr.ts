/**
 * Actor and malware accuracy on the AnnoCTR dev split (`npx tsx bench/accuracy-annoctr.ts [kbDir]`;
 * data from `$NEWSROOM_EVAL_DIR/annoctr`, default `../shared/eval/annoctr`).
 *
 * Gold: `dev.jsonl` links every GROUP, MALWARE and TOOL mention of a document to an entity; its
 * `label_title` (an ATT&CK name or AnnoCTR's own) is the gold name. Scoring is document-level set
 * matching: per document, the set of gold names against the set of predicted canonical names,
 * both normalised through the KB alias index (so 'menuPass' and 'APT10' are one name) and lower
 * case; micro-averaged over documents.
 *
 * TOOL: we extract malware and offensive tools in one list, while AnnoCTR splits Cobalt Strike
 * (MALWARE) from BloodHound or ping.exe (TOOL). So `malware` scores against MALWARE gold, and a
 * prediction that matches a TOOL gold name is neither a hit nor a false positive (neutral);
 * `malwareAndTools` scores against MALWARE ∪ TOOL for completeness. No tuning on dev.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractEntities } from '../src/extract/entities.js';
import { aliasIndexFor } from '../src/extract/entities-index.js';
import type { EntityKb } from '../src/extract/entities-index.js';
import { loadGalaxies } from '../src/kb/galaxies.js';
import type { AttackCorpus, NamedCluster } from '../src/kb/types.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface AnnoctrFigures {
  documents: number;
  builtin: { actors: Score; malware: Score; malwareAndTools: Score };
  withKb: { actors: Score; malware: Score; malwareAndTools: Score; indexMs: number } | null;
}

interface StixObject {
  type: string;
  name?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  aliases?: string[];
  x_mitre_aliases?: string[];
  external_references?: { source_name: string; external_id?: string }[];
}

/** Just the groups and software of the ATT&CK bundle (the rest of AttackCorpus is not needed here). */
function attackNames(kbDir: string): AttackCorpus {
  const bundle = JSON.parse(readFileSync(join(kbDir, 'attack/enterprise-attack-18.1.json'), 'utf8')) as {
    objects: StixObject[];
  };
  const groups: NamedCluster[] = [];
  const software: (NamedCluster & { kind: 'malware' | 'tool' })[] = [];
  for (const o of bundle.objects) {
    if (o.revoked || o.x_mitre_deprecated || !o.name) continue;
    const id = o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id ?? o.name;
    const aliases = (o.aliases ?? o.x_mitre_aliases ?? []).filter((a) => a !== o.name);
    if (o.type === 'intrusion-set') groups.push({ id, name: o.name, aliases });
    if (o.type === 'malware' || o.type === 'tool') software.push({ id, name: o.name, aliases, kind: o.type });
  }
  return { techniques: [], procedures: [], groups, software };
}

interface GoldDoc {
  text: string;
  actors: Set<string>;
  malware: Set<string>;
  tools: Set<string>;
}

function readGold(dir: string): Map<string, GoldDoc> {
  const docs = new Map<string, GoldDoc>();
  for (const file of readdirSync(join(dir, 'text/dev')).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(join(dir, 'text/dev', file), 'utf8');
    docs.set(file.replace(/\.txt$/, ''), { text, actors: new Set(), malware: new Set(), tools: new Set() });
  }
  for (const line of readFileSync(join(dir, 'dev.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { document: string; entity_type: string; label_title: string };
    const doc = docs.get(row.document);
    if (!doc) continue;
    if (row.entity_type === 'GROUP') doc.actors.add(row.label_title);
    else if (row.entity_type === 'MALWARE') doc.malware.add(row.label_title);
    else if (row.entity_type === 'TOOL') doc.tools.add(row.label_title);
  }
  return docs;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), tp, fp, fn };
}

function evaluate(docs: Map<string, GoldDoc>, kb: EntityKb | undefined, norm: EntityKb, verbose: boolean) {
  const names = aliasIndexFor(norm);
  const canon = (kind: 'actor' | 'malware', n: string): string =>
    (names.resolve(kind, n) ?? names.resolve(kind === 'actor' ? 'malware' : 'actor', n) ?? n).toLowerCase();
  const totals = { actors: [0, 0, 0], malware: [0, 0, 0], malwareAndTools: [0, 0, 0] };
  const add = (
    key: keyof typeof totals,
    predicted: Set<string>,
    gold: Set<string>,
    neutral = new Set<string>(),
  ) => {
    const t = totals[key];
    for (const p of predicted) {
      if (gold.has(p)) t[0] = (t[0] ?? 0) + 1;
      else if (!neutral.has(p)) t[1] = (t[1] ?? 0) + 1;
    }
    for (const g of gold) if (!predicted.has(g)) t[2] = (t[2] ?? 0) + 1;
  };
  for (const [name, doc] of docs) {
    const found = extractEntities(doc.text, kb);
    const actors = new Set(found.actors.map((e) => canon('actor', e.name)));
    const malware = new Set(found.malware.map((e) => canon('malware', e.name)));
    const goldActors = new Set([...doc.actors].map((n) => canon('actor', n)));
    const goldMalware = new Set([...doc.malware].map((n) => canon('malware', n)));
    const goldTools = new Set([...doc.tools].map((n) => canon('malware', n)));
    add('actors', actors, goldActors);
    add('malware', malware, goldMalware, goldTools);
    add('malwareAndTools', malware, new Set([...goldMalware, ...goldTools]));
    if (verbose) {
      const diff = (p: Set<string>, g: Set<string>) => ({
        fp: [...p].filter((x) => !g.has(x)),
        fn: [...g].filter((x) => !p.has(x)),
      });
      process.stderr.write(
        `${name}\n  actors ${JSON.stringify(diff(actors, goldActors))}\n  malware ${JSON.stringify(diff(malware, new Set([...goldMalware, ...goldTools])))}\n`,
      );
    }
  }
  const s = (t: number[]): Score => score(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0);
  return { actors: s(totals.actors), malware: s(totals.malware), malwareAndTools: s(totals.malwareAndTools) };
}

/**
 * Precision/recall/F1 for actors and malware on AnnoCTR dev, built-in tables alone and with the KB
 * (ATT&CK groups/software + MISP galaxies) when `kbDir` is given.
 */
export function annoctrAccuracy(
  kbDir?: string,
  evalDir = '../shared/eval/annoctr',
  verbose = false,
): AnnoctrFigures {
  const docs = readGold(evalDir);
  const kb: EntityKb | undefined = kbDir
    ? { attack: attackNames(kbDir), galaxies: loadGalaxies(kbDir) }
    : undefined;
  // Normalising names needs the widest alias index we have, for both runs alike.
  const norm = kb ?? {};
  let withKb: AnnoctrFigures['withKb'] = null;
  if (kb) {
    const started = performance.now();
    aliasIndexFor(kb);
    const indexMs = Math.round(performance.now() - started);
    withKb = { ...evaluate(docs, kb, norm, verbose), indexMs };
  }
  return { documents: docs.size, builtin: evaluate(docs, undefined, norm, verbose && !kb), withKb };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const kbDir = process.argv[2] ?? process.env.NEWSROOM_KB_DIR ?? '../shared/kb';
  const evalDir = join(process.env.NEWSROOM_EVAL_DIR ?? '../shared/eval', 'annoctr');
  const figures = annoctrAccuracy(kbDir, evalDir, process.env.VERBOSE === '1');
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

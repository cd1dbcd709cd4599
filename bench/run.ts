/**
 * `npm run bench [section…]`: every measurement the README reports.
 *   ingest    — 5,000 documents into PGlite (documents/s, peak RSS), item and list pages (req/s)
 *   extract   — extraction throughput on ≥20 MB of report text, vs ioc-extractor; linear-time check
 *   accuracy  — the labelled corpus (bench/eval-corpus) on its dev and frozen test splits, every stage
 *               through the real pipeline; TRAM techniques (held-out split) and AnnoCTR dev actors/malware
 *   stories   — same-event clustering of 10k/30k/100k generated documents (time, growth, peak RSS,
 *               pairwise P/R/F1) and of the labelled story set (P/R/F1, wrong merges, disputes)
 * Figures go to stdout and bench/results/latest.json. BENCH_DOCS changes the ingest size;
 * NEWSROOM_KB_DIR and NEWSROOM_EVAL_DIR locate ../shared/kb and ../shared/eval.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinKb } from '../src/kb/builtin/index.js';
import { loadKb } from '../src/kb/load.js';
import { execFileSync } from 'node:child_process';
import { annoctrAccuracy } from './accuracy-annoctr.js';
import { corpusSummary } from './accuracy-articles.js';
import { corpusSplits, evaluateSplit } from './accuracy-corpus.js';
import { storiesAccuracy } from './accuracy-stories.js';
import { tramAccuracy } from './accuracy-tram.js';
import { clusterSpeed } from './cluster-speed.js';
import { extractThroughput, reportTexts } from './extract-throughput.js';
import { ingestAndServe } from './ingest-web.js';
import { extractFacts } from '../src/extract/index.js';

const all = ['ingest', 'extract', 'accuracy', 'stories'];
const sections = process.argv.slice(2).filter((arg) => all.includes(arg));
const run = sections.length ? sections : all;
const kbDir = resolve(process.env.NEWSROOM_KB_DIR ?? '../shared/kb');
const evalDir = resolve(process.env.NEWSROOM_EVAL_DIR ?? '../shared/eval');
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: 2 };

/** The commit the figures were taken at, marked when the tree has uncommitted changes. */
function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'bench'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+uncommitted` : head;
  } catch {
    return 'unknown';
  }
}

function log(section: string, value: unknown): void {
  results[section] = value;
  process.stdout.write(`\n## ${section}\n${JSON.stringify(value, null, 2)}\n`);
}

if (run.includes('ingest')) log('ingest', await ingestAndServe(Number(process.env.BENCH_DOCS ?? 5000)));

if (run.includes('extract')) {
  if (!existsSync(evalDir)) log('extract', `skipped: no evaluation texts at ${evalDir}`);
  else {
    log('extract', extractThroughput(evalDir, builtinKb()));
    if (existsSync(kbDir)) {
      // With the official KB the ATT&CK model scores every sentence: one pass over the distinct reports.
      const kb = loadKb(kbDir);
      const texts = reportTexts(evalDir);
      const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
      extractFacts(texts[0] ?? '', { kb });
      const started = performance.now();
      for (const text of texts) extractFacts(text, { kb });
      const seconds = (performance.now() - started) / 1000;
      log('extractWithKb', {
        articles: texts.length,
        megabytes: Math.round(megabytes * 10) / 10,
        articlesPerSecond: Math.round(texts.length / seconds),
        mbPerSecond: Math.round((megabytes / seconds) * 100) / 100,
      });
    }
  }
}

if (run.includes('accuracy')) {
  // The labelled corpus, both splits, through the real pipeline: with the KB when there is one.
  const kb = existsSync(kbDir) ? loadKb(kbDir) : undefined;
  const splits = corpusSplits();
  if (splits.problems.length) throw new Error(`evaluation corpus: ${splits.problems.join('; ')}`);
  const dev = await evaluateSplit({ name: 'dev', events: splits.dev, legacy: true }, kb);
  const test = await evaluateSplit({ name: 'test', events: splits.test, legacy: false }, kb);
  log('corpusSummary', { commit: commitOf(), kb: kb ? kbDir : 'built-in', ...corpusSummary(dev, test) });
  log('corpusDev', dev);
  log('corpusTest', test);
  if (!existsSync(evalDir) || !existsSync(kbDir)) log('accuracy', `skipped: needs ${evalDir} and ${kbDir}`);
  else {
    log('tram', tramAccuracy(kbDir, evalDir));
    log('annoctrBuiltin', annoctrAccuracy(undefined, resolve(evalDir, 'annoctr')));
    log('annoctrWithKb', annoctrAccuracy(kbDir, resolve(evalDir, 'annoctr')));
  }
}

if (run.includes('stories')) {
  log('storiesSet', storiesAccuracy());
  log('clusterSpeed', clusterSpeed());
}

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

/**
 * `npm run bench [section…]`: every measurement the README reports.
 *   ingest    — 5,000 documents into PGlite (documents/s, peak RSS), item and list pages (req/s)
 *   extract   — extraction throughput on ≥20 MB of report text, vs ioc-extractor; linear-time check
 *   accuracy  — TRAM techniques (held-out split) and AnnoCTR dev actors/malware
 *   stories   — same-event clustering of 10k/30k/100k generated documents (time, growth, peak RSS,
 *               pairwise P/R/F1) and of the labelled story set (P/R/F1, wrong merges, disputes)
 * Figures go to stdout and bench/results/latest.json. BENCH_DOCS changes the ingest size;
 * NEWSROOM_KB_DIR and NEWSROOM_EVAL_DIR locate ../shared/kb and ../shared/eval.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinKb } from '../src/kb/builtin/index.js';
import { loadKb } from '../src/kb/load.js';
import { annoctrAccuracy } from './accuracy-annoctr.js';
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

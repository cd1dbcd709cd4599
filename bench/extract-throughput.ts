/**
 * Extraction throughput on real report text: the TRAM and AnnoCTR reports from ../shared/eval,
 * repeated to at least 20 MB, through the full `extractFacts` and through the indicator extractor
 * alone, with the npm package ioc-extractor run on the same text in the same process as a ratio.
 * Also the size-proportional bound of issue 3 item 10: pathological inputs of 1 MB and 2 MB must
 * take about twice as long, not four times.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractIOC } from 'ioc-extractor';
import { extractFacts } from '../src/extract/index.js';
import { extractIndicators } from '../src/extract/indicators/index.js';
import type { Kb } from '../src/kb/types.js';

export function reportTexts(evalDir: string): string[] {
  const texts: string[] = [];
  const tram = join(evalDir, 'tram/tram2_docs.jsonl');
  if (existsSync(tram)) {
    for (const line of readFileSync(tram, 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const split of ['train', 'dev']) {
    const dir = join(evalDir, 'annoctr/text', split);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) texts.push(readFileSync(join(dir, file), 'utf8'));
  }
  return texts;
}

function timeIt(texts: readonly string[], run: (text: string) => unknown): number {
  const started = performance.now();
  for (const text of texts) run(text);
  return (performance.now() - started) / 1000;
}

const pathological: Record<string, (size: number) => string> = {
  dots: (n) => '.'.repeat(n),
  digits: (n) => '1'.repeat(n),
  dottedDigits: (n) => '1.'.repeat(n / 2),
  brackets: (n) => '[.]'.repeat(Math.floor(n / 3)),
  at: (n) => 'a@'.repeat(n / 2),
  hexRun: (n) => 'a'.repeat(n),
  mixed: (n) => 'hxxp[:]//a[.]b.c-d_e:1/'.repeat(Math.floor(n / 24)),
};

export function extractThroughput(evalDir: string, kb: Kb, minBytes = 20_000_000) {
  const base = reportTexts(evalDir);
  if (base.length === 0) return null;
  const texts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const text of base) {
      texts.push(text);
      bytes += Buffer.byteLength(text);
    }
  }
  const mb = bytes / 1e6;
  const full = timeIt(texts, (text) => extractFacts(text, { kb }));
  const indicators = timeIt(texts, (text) => extractIndicators(text));
  const ioc = timeIt(texts, (text) => extractIOC(text, { refang: true }));
  const rate = (seconds: number) => ({
    seconds: Math.round(seconds * 10) / 10,
    articlesPerSecond: Math.round(texts.length / seconds),
    mbPerSecond: Math.round((mb / seconds) * 100) / 100,
  });
  const linearity = Object.fromEntries(
    Object.entries(pathological).map(([name, make]) => {
      const one = timeIt([make(1_000_000)], (text) => extractFacts(text, { kb }));
      const two = timeIt([make(2_000_000)], (text) => extractFacts(text, { kb }));
      return [
        name,
        {
          ms1MB: Math.round(one * 1000),
          ms2MB: Math.round(two * 1000),
          ratio: Math.round((two / one) * 100) / 100,
        },
      ];
    }),
  );
  return {
    corpus: { articles: texts.length, megabytes: Math.round(mb * 10) / 10, distinctReports: base.length },
    fullExtract: rate(full),
    indicatorsOnly: rate(indicators),
    iocExtractor: rate(ioc),
    indicatorsVsIocExtractor: Math.round((ioc / indicators) * 100) / 100,
    pathological: linearity,
  };
}

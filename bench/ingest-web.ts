/**
 * Ingest throughput into PGlite (demo corpus repeated to `total` documents, documents/s and peak
 * RSS) and item-page and list-page requests/s with autocannon.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { loadConfig } from '../src/config/load.js';
import { builtinKb } from '../src/kb/builtin/index.js';
import { runPipeline } from '../src/pipeline/index.js';
import { openRuntime } from '../src/pipeline/runtime.js';
import { listStories } from '../src/stories/query.js';
import { createApp } from '../src/web/app.js';
import { writeRepeatedCorpus } from './corpus.js';

function rssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function ingestAndServe(total: number): Promise<Record<string, unknown>> {
  const work = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
  const results: Record<string, unknown> = {};
  try {
    const files = writeRepeatedCorpus(join(work, 'corpus'), total);
    const deps = await openRuntime(loadConfig({}, { dataDir: join(work, 'db') }), {
      kb: builtinKb(),
      log: pino({ level: 'silent' }),
    });
    const database = deps.database;
    const timings: Record<string, number> = {};
    const started = performance.now();
    let ingested = 0;
    for (const file of files) {
      const summary = await runPipeline([file], deps);
      ingested += summary.ingested.length;
      for (const [stage, ms] of Object.entries(summary.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
      process.stderr.write(`\ringest ${ingested}/${total}`);
    }
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write('\n');
    results.ingest = {
      documents: ingested,
      seconds: Math.round(seconds * 10) / 10,
      documentsPerSecond: Math.round((ingested / seconds) * 10) / 10,
      peakRssMb: rssMb(),
      stageSeconds: Object.fromEntries(
        Object.entries(timings).map(([k, v]) => [k, Math.round(v / 100) / 10]),
      ),
    };

    const [story] = await listStories(database.db, { limit: 1 });
    const app = createApp({ db: database.db });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const page = await autocannon({
      url: `http://127.0.0.1:${port}/stories/${String(story?.id)}`,
      connections: 10,
      duration: 10,
    });
    const list = await autocannon({ url: `http://127.0.0.1:${port}/`, connections: 10, duration: 5 });
    server.close();
    results.itemPage = {
      requestsPerSecond: Math.round(page.requests.average),
      latencyP50Ms: page.latency.p50,
      latencyP99Ms: page.latency.p99,
      errors: page.errors + page.non2xx,
    };
    results.listPage = {
      requestsPerSecond: Math.round(list.requests.average),
      latencyP50Ms: list.latency.p50,
      stories: ingested,
    };
    results.peakRssMb = rssMb();
    await database.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { briefToMarkdown } from '../brief/markdown.js';
import type { Brief, StoryView } from '../brief/types.js';
import type { Config } from '../config/schema.js';
import { NewsroomError } from '../core/errors.js';
import { extract } from '../pipeline/analyse.js';
import { runPipeline, type IngestSummary } from '../pipeline/index.js';
import { type Runtime, openRuntime } from '../pipeline/runtime.js';
import { startScheduler } from '../pipeline/scheduler.js';
import { addFeed, ensureSource, upsertSourceProfile } from '../sources/repo.js';
import { sourceDomain } from '../sources/url.js';
import { listStories, lookupStory, storyDisputes, type StoryFilter } from '../stories/query.js';
import { createApp } from '../web/app.js';
import { printJson, progressBar } from './output.js';

export async function withRuntime<T>(config: Config, work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(config);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

function printSummary(summary: IngestSummary, json: boolean): void {
  if (json) {
    printJson(summary);
    return;
  }
  process.stdout.write(
    `ingested ${summary.ingested.length} document(s) into ${summary.stories.length} story(ies); ` +
      `${summary.duplicates.length} duplicate(s); ${summary.errors.length} error(s)\n`,
  );
  for (const error of summary.errors) process.stdout.write(`  error: ${error.location}: ${error.message}\n`);
  for (const warning of summary.warnings)
    process.stdout.write(`  warning: ${warning.location}: ${warning.message}\n`);
}

/** `newsroom ingest`: exit code is non-zero only when nothing could be ingested and something failed. */
export async function ingestCommand(runtime: Runtime, locations: string[], json: boolean): Promise<number> {
  const bar = progressBar('ingest');
  const summary = await runPipeline(locations, runtime, (done, total) => {
    bar.update(done, total);
  }).finally(() => {
    bar.stop();
  });
  printSummary(summary, json);
  return summary.ingested.length === 0 && summary.errors.length > 0 ? 65 : 0;
}

export async function extractCommand(
  file: string,
  json: boolean,
  kbDir: Runtime['kb'] | undefined,
): Promise<void> {
  const input =
    file === '-'
      ? await readStdin()
      : await readFile(file, 'utf8').catch((cause: unknown) => {
          throw new NewsroomError('BAD_INPUT', `extract: unable to read ${file}`, { cause });
        });
  const result = extract(input, {
    ...(kbDir ? { kb: kbDir } : {}),
    ...(file !== '-' ? { url: new URL(file, `file://${process.cwd()}/`).href } : {}),
  });
  if (json) {
    printJson(result);
    return;
  }
  process.stdout.write(`${result.title}\n${result.incidentType}\n`);
  for (const i of result.indicators) process.stdout.write(`  ${i.type}\t${i.value}\t${i.confidence}\n`);
  for (const v of result.vulnerabilities) process.stdout.write(`  cve\t${v.id}\n`);
  for (const w of result.weaknesses) process.stdout.write(`  cwe\t${w.id}\t${w.name}\n`);
  for (const t of result.techniques) process.stdout.write(`  attack\t${t.id}\t${t.name}\n`);
  for (const o of result.organisations) process.stdout.write(`  org\t${o.name}\t${o.role}\n`);
  for (const s of result.sectors) process.stdout.write(`  sector\t${s.name}\n`);
  for (const c of result.countries) process.stdout.write(`  country\t${c.name}\n`);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function storiesCommand(runtime: Runtime, filter: StoryFilter, json: boolean): Promise<void> {
  const stories = await listStories(runtime.db, filter);
  const disputes = await storyDisputes(
    runtime.db,
    stories.map((story) => story.id),
  );
  const withDisputes = stories.map((story) => ({ ...story, disputes: disputes.get(story.id) ?? [] }));
  if (json) {
    printJson(withDisputes);
    return;
  }
  for (const s of withDisputes) {
    process.stdout.write(
      `${String(s.id).padStart(4)}  ${s.severity.padEnd(8)} ${s.priority.toFixed(3)}  ${s.incidentType.padEnd(26)} ${s.title}\n`,
    );
  }
}

export async function storyCommand(runtime: Runtime, id: number, format: 'json' | 'markdown'): Promise<void> {
  const found = await lookupStory(runtime.db, id);
  if (found.kind === 'missing') throw new NewsroomError('NOT_FOUND', `story ${id} does not exist`);
  if (found.kind === 'merged') {
    process.stderr.write(`story ${id} was merged into story ${found.into}\n`);
    return storyCommand(runtime, found.into, format);
  }
  const view: StoryView = { ...(found.brief as Brief), versions: found.versions };
  if (format === 'json') printJson(view);
  else process.stdout.write(briefToMarkdown(view));
}

/** Serves the news center and API until interrupted; optionally polls sources on a schedule. */
export async function serveCommand(runtime: Runtime, options: { poll: boolean }): Promise<void> {
  const app = createApp({ db: runtime.db, now: runtime.now, corrections: runtime });
  const stopScheduler = options.poll ? startScheduler(runtime) : () => Promise.resolve();
  const server = serve({ fetch: app.fetch, port: runtime.config.port, hostname: runtime.config.host });
  runtime.log.info({ url: `http://${runtime.config.host}:${runtime.config.port}/` }, 'news center listening');
  process.stderr.write(`news center: http://localhost:${runtime.config.port}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close();
      void stopScheduler().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export async function sourcesAddCommand(
  runtime: Runtime,
  url: string,
  options: {
    kind?: string | undefined;
    tier?: string | undefined;
    reliability?: string | undefined;
    pollMinutes?: number | undefined;
  },
): Promise<void> {
  if (!/^https?:\/\//i.test(url))
    throw new NewsroomError('BAD_INPUT', `sources add: ${url} is not an http(s) URL`);
  const domain = sourceDomain(url);
  const source = await ensureSource(runtime.db, domain);
  if (options.kind || options.tier || options.reliability) {
    await upsertSourceProfile(runtime.db, domain, {
      ...(options.kind ? { kind: options.kind as never } : {}),
      ...(options.tier ? { tier: options.tier as never } : {}),
      ...(options.reliability ? { reliability: options.reliability as never } : {}),
    });
  }
  const feed = await addFeed(runtime.db, url, source.id, options.pollMinutes);
  process.stdout.write(`feed ${feed.id} added: ${url} (source ${domain})\n`);
}

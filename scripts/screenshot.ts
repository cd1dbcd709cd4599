/**
 * Renders docs/item-page.png (the README's screenshot): ingests the demo corpus into a temporary
 * PGlite, serves it, and captures one item page in headless Chromium.
 * Usage: npx tsx scripts/screenshot.ts [title fragment]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { pino } from 'pino';
import { demoDir } from '../src/cli/demo.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { builtinKb } from '../src/kb/builtin/index.js';
import { runPipeline } from '../src/pipeline/index.js';
import { fetchUrl } from '../src/sources/fetch.js';
import { listStories } from '../src/stories/query.js';
import { createApp } from '../src/web/app.js';

const fragment = process.argv[2] ?? 'CVE-2024-3400';
const work = mkdtempSync(join(tmpdir(), 'newsroom-shot-'));
const database = await openDatabase({ dataDir: 'memory://' });
try {
  await migrate(database.db);
  const deps = {
    db: database.db,
    config: loadConfig({}),
    kb: builtinKb(),
    log: pino({ level: 'silent' }),
    fetchUrl,
    now: () => new Date(),
  };
  await runPipeline([join(demoDir, 'feeds'), join(demoDir, 'pages')], deps);
  const story = (await listStories(database.db, { q: fragment }))[0];
  if (!story) throw new Error(`no story matches ${fragment}`);
  const server = serve({ fetch: createApp({ db: database.db }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launchPersistentContext(join(work, 'chromium'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    viewport: { width: 1200, height: 1700 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/stories/${story.id}`);
  await page.screenshot({ path: new URL('../docs/item-page.png', import.meta.url).pathname });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.screenshot({ path: new URL('../docs/news-center.png', import.meta.url).pathname });
  await browser.close();
  server.close();
} finally {
  await database.close();
  rmSync(work, { recursive: true, force: true });
}

/**
 * Renders docs/item-page.png (the README's screenshot): ingests the demo corpus into a temporary
 * PGlite, serves it, and captures one item page in headless Chromium.
 * Usage: npx tsx scripts/screenshot.ts [title fragment]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { launchChromium } from '../test/chromium.js';
import { ensureDemo } from '../src/cli/demo.js';
import { loadConfig } from '../src/config/load.js';
import { builtinKb } from '../src/kb/builtin/index.js';
import { openRuntime } from '../src/pipeline/runtime.js';
import { listStories } from '../src/stories/query.js';
import { createApp } from '../src/web/app.js';

const fragment = process.argv[2] ?? 'CVE-2024-3400';
const work = mkdtempSync(join(tmpdir(), 'newsroom-shot-'));
const deps = await openRuntime(loadConfig({}, { dataDir: 'memory://' }), {
  kb: builtinKb(),
  log: pino({ level: 'silent' }),
});
const database = deps.database;
try {
  await ensureDemo(deps);
  const story = (await listStories(database.db, { q: fragment }))[0];
  if (!story) throw new Error(`no story matches ${fragment}`);
  const server = serve({ fetch: createApp({ db: database.db }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchChromium(join(work, 'chromium'), { width: 1200, height: 1700 });
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

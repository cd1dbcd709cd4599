import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../src/brief/types.js';
import type { StoryListItem } from '../src/stories/query.js';
import { launchChromium } from './chromium.js';
import { cliEnv, newsroom, startNewsroom } from './cli.js';

const port = 3900 + (process.pid % 500);
const base = `http://127.0.0.1:${port}`;

describe('ranking by priority in the CLI, and copying an indicator refanged in headless Chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-copy-'));
  const env = cliEnv(join(dataDir, 'db'));
  let server: Awaited<ReturnType<typeof startNewsroom>> | undefined;
  let browser: BrowserContext | undefined;

  beforeAll(() => {
    const ingest = newsroom(['ingest', 'demo/feeds', 'demo/pages'], env);
    expect(ingest.status).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) expect(await server.stop()).toBe(0);
  });

  it('newsroom stories --sort priority puts the funding round below every real incident', () => {
    const ranked = JSON.parse(
      newsroom(['stories', '--sort', 'priority', '--json'], env).stdout,
    ) as StoryListItem[];
    const brightkeel = ranked.findIndex((s) => s.title.includes('Brightkeel'));
    expect(ranked[brightkeel]?.priority).toBe(0);
    expect(ranked.slice(brightkeel).every((s) => s.incidentType === 'not-an-incident')).toBe(true);
    expect(
      ranked.slice(0, brightkeel).every((s) => s.incidentType !== 'not-an-incident' && s.priority > 0),
    ).toBe(true);
    const lines = newsroom(['stories', '--sort', 'priority'], env).stdout.trim().split('\n');
    const line = lines.findIndex((l) => l.includes('Brightkeel'));
    expect(lines[line]).toMatch(/ INFO +0\.000 +not-an-incident /);
    expect(lines.slice(line).every((l) => l.includes(' not-an-incident '))).toBe(true);
    expect(newsroom(['stories', '--sort', 'oldest'], env).stderr).toMatch(
      /Allowed choices are newest, priority/,
    );
  });

  // After the CLI test: one process at a time may open the PGlite data directory.
  it('copies the refanged value of a defanged indicator and shows that it did', async () => {
    server = await startNewsroom(['serve', '--port', String(port)], env, `${base}/healthz`);
    browser = await launchChromium(join(dataDir, 'chromium'));
    const stories = (await (await fetch(`${base}/api/stories?limit=500`)).json()) as StoryListItem[];
    const briefs = await Promise.all(
      stories.map(async (s) => (await (await fetch(`${base}/api/stories/${s.id}`)).json()) as Brief),
    );
    const story = briefs.find((b) =>
      b.indicators.some((i) => i.role === 'malicious' && i.display !== i.value),
    );
    const indicator = story?.indicators.find((i) => i.role === 'malicious' && i.display !== i.value);
    expect(indicator).toBeDefined();
    const value = indicator?.value ?? '';

    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await browser.newPage();
    await page.goto(`${base}/stories/${story?.id ?? 0}`);
    const row = page.locator('#iocs tr', {
      has: page.locator(`code:text-is("${indicator?.display ?? ''}")`),
    });
    const button = row.locator('button.copy').first();
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('data-copy')).toBe(value);
    await button.click();
    await page.waitForSelector('#iocs button.copy[data-state="copied"]');
    expect(await button.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

    await page.close();

    // Without the script the button stays hidden and the refanged value is there to select.
    const bare = await browser.newPage();
    await bare.route('**/assets/copy.js', (route) => route.abort());
    await bare.goto(`${base}/stories/${story?.id ?? 0}`);
    const bareRow = bare.locator('#iocs tr', {
      has: bare.locator(`code:text-is("${indicator?.display ?? ''}")`),
    });
    expect(await bareRow.locator('button.copy').first().isVisible()).toBe(false);
    await bareRow.locator('details.refanged summary').first().click();
    const input = bareRow.locator('details.refanged input').first();
    expect(await input.isVisible()).toBe(true);
    expect(await input.inputValue()).toBe(value);
    expect(await input.getAttribute('readonly')).not.toBeNull();
    await bare.close();
  });
});

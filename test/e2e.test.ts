import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemPageSections as sections, launchChromium } from './chromium.js';
import { cliEnv, newsroom, startNewsroom } from './cli.js';

const port = 3400 + (process.pid % 500);
const base = `http://127.0.0.1:${port}`;

describe('end to end: newsroom ingest, then the news center in headless Chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-e2e-'));
  const env = cliEnv(join(dataDir, 'db'));
  let server: Awaited<ReturnType<typeof startNewsroom>>;
  let browser: BrowserContext;

  beforeAll(async () => {
    const ingest = newsroom(['ingest', 'demo/feeds', 'demo/pages'], env);
    expect(ingest.stderr).not.toMatch(/error/i);
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toMatch(
      /ingested 26 document\(s\) into 22 story\(ies\); 0 duplicate\(s\); 0 error\(s\)/,
    );
    server = await startNewsroom(['serve', '--port', String(port)], env, `${base}/healthz`);
    browser = await launchChromium(join(dataDir, 'chromium'));
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    expect(await server.stop()).toBe(0);
  });

  it('shows the story list and opens an item page with every section filled', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const items = page.locator('li.story');
    expect(await items.count()).toBe(22);
    await page
      .getByRole('link', { name: /CVE-2024-3400/ })
      .first()
      .click();
    await page.waitForURL(/\/stories\/\d+$/);
    const headings = await page.locator('h2').allInnerTexts();
    for (const section of sections.filter((s) => !['Severity', 'CVSS', 'Priority'].includes(s))) {
      expect(headings.some((h) => h.startsWith(section))).toBe(true);
    }
    for (const id of ['severity', 'cvss', 'priority']) {
      expect((await page.locator(`#${id} b`).innerText()).trim()).not.toBe('');
    }
    for (const id of [
      'summary',
      'analysis',
      'record',
      'checklist',
      'recovery',
      'forensics',
      'detection',
      'attack',
      'compliance',
      'sources',
      'disclaimer',
    ]) {
      const text = await page.locator(`#${id}`).innerText();
      expect(text.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(1);
      expect(text).not.toMatch(/TODO|lorem ipsum|placeholder/i);
    }
    expect(await page.locator('#checklist .step').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('#attack td').first().innerText()).toMatch(/^T\d{4}/);
    expect(await page.locator('#sources li').first().innerText()).toMatch(/T1|T2|T3|T4/);
    await page.close();
  });

  it('shows one story for three reports of one event, the revised figure and the change log', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?q=${encodeURIComponent('"Change Healthcare"')}`);
    await page.locator('li.story h2 a').first().click();
    await page.waitForURL(/\/stories\/\d+$/);
    expect(await page.locator('#sources > ol > li').count()).toBe(3);
    const revised = page.locator('#disputes .dispute[data-field="people-affected"]');
    expect(await revised.getAttribute('data-status')).toBe('revised');
    expect(await revised.innerText()).toMatch(
      /100,000,000 people[\s\S]*190,000,000 people[\s\S]*192,700,000 people/,
    );
    expect(await page.locator('#corroboration b').innerText()).toMatch(/^(confirmed|corroborated)$/);
    expect(await page.locator('#changes li[data-kind]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#figures tbody tr').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('filters and searches from the form', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Search').fill('LockBit');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/q=LockBit/);
    const titles = await page.locator('li.story h2').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => t.includes('LockBit'))).toBe(true);
    await page.goto(`${base}/?type=not-an-incident`);
    const others = await page.locator('li.story h2').allInnerTexts();
    expect(others.some((t) => t.includes('Brightkeel'))).toBe(true);
    await page.close();
  });

  it('keeps the CLI contract: stories --json, story --json and --markdown', () => {
    const list = JSON.parse(newsroom(['stories', '--json'], env).stdout) as {
      id: number;
      title: string;
      severity: string;
      priority: number;
      incidentType: string;
      documents: { url: string; title: string; source: string; published: string | null }[];
      disputes: unknown[];
    }[];
    expect(list.length).toBe(22);
    for (const story of list) {
      expect(Object.keys(story).sort()).toEqual(
        [
          'disputes',
          'documents',
          'id',
          'incidentType',
          'lastPublished',
          'priority',
          'severity',
          'title',
        ].sort(),
      );
      expect(story.documents[0]).toMatchObject({
        url: expect.stringMatching(/^(https|file):/) as string,
        source: expect.any(String) as string,
      });
    }
    const first = list[0]?.id ?? 0;
    const brief = JSON.parse(newsroom(['story', String(first), '--json'], env).stdout) as Record<
      string,
      unknown
    > & { id: number; checklist: Record<string, unknown>[] };
    expect(brief.id).toBe(first);
    // The brief's JSON contract (issue 5): these keys, with these shapes, are what other tools read.
    for (const key of [
      'id',
      'title',
      'incidentType',
      'severity',
      'cvss',
      'priority',
      'triage',
      'record',
      'summary',
      'technicalAnalysis',
      'checklist',
      'recovery',
      'forensicArtifacts',
      'detection',
      'indicators',
      'techniques',
      'compliance',
      'sources',
      'disputes',
      'versions',
      'disclaimer',
    ])
      expect(brief).toHaveProperty(key);
    const { priority, triage } = brief as unknown as {
      priority: { score: unknown; factors: unknown };
      triage: { level: unknown; escalation: unknown };
    };
    expect(typeof priority.score).toBe('number');
    expect(Array.isArray(priority.factors)).toBe(true);
    expect(typeof triage.level).toBe('string');
    expect(Array.isArray(triage.escalation)).toBe(true);
    for (const step of brief.checklist)
      expect(Object.keys(step)).toEqual(
        expect.arrayContaining([
          'timing',
          'title',
          'phase',
          'references',
          'action',
          'compensatingControl',
          'preserveEvidence',
        ]),
      );
    const markdown = newsroom(['story', String(first), '--markdown'], env).stdout;
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('## Executive summary');
    expect(markdown).toContain('## Disclaimer');
    const missing = newsroom(['story', '99999'], env);
    expect(missing.status).toBe(66);
    expect(missing.stderr).toContain('story 99999 does not exist');
  });

  it('re-ingests nothing and exits non-zero only when nothing could be ingested', () => {
    const again = newsroom(['ingest', 'demo/feeds'], env);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/ingested 0 document\(s\).*22 duplicate\(s\); 0 error\(s\)/);
    const bad = newsroom(['ingest', 'no/such/file.xml'], env);
    expect(bad.status).toBe(65);
    expect(bad.stdout).toMatch(/no\/such\/file\.xml: ENOENT/);
  });
});

describe('newsroom extract --json', () => {
  it('prints the contract shape for an HTML page, with refanged values and evidence offsets', () => {
    const result = newsroom(
      ['extract', 'demo/pages/patchwatch-sharepoint-toolshell.html', '--json'],
      cliEnv('/nonexistent'),
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown> & {
      text: string;
      indicators: {
        type: string;
        value: string;
        raw: string;
        confidence: string;
        evidence: { start: number; end: number; text: string };
      }[];
      vulnerabilities: { id: string }[];
    };
    for (const key of [
      'title',
      'url',
      'published',
      'indicators',
      'vulnerabilities',
      'techniques',
      'actors',
      'malware',
      'organisations',
      'claims',
      'incidentType',
    ]) {
      expect(json).toHaveProperty(key);
    }
    expect(json.vulnerabilities.map((v) => v.id)).toContain('CVE-2025-53770');
    expect(json.indicators.length).toBeGreaterThan(0);
    for (const indicator of json.indicators) {
      expect(json.text.slice(indicator.evidence.start, indicator.evidence.end)).toBe(indicator.raw);
      expect(indicator.value).not.toMatch(/\[\.\]|hxxp/);
    }
  });

  it('reads stdin', () => {
    const result = newsroom(
      ['extract', '-', '--json'],
      cliEnv('/nonexistent'),
      'Beacons to hxxps://update-check[.]top/api from 45.61.136[.]12:8443 were seen.',
    );
    const json = JSON.parse(result.stdout) as {
      indicators: { type: string; value: string; port?: number }[];
    };
    expect(json.indicators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'url', value: 'https://update-check.top/api' }),
        expect.objectContaining({ type: 'ipv4', value: '45.61.136.12', port: 8443 }),
      ]),
    );
  });
});

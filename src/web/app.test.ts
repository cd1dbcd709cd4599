import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemPageSections } from '../../test/chromium.js';
import { backends, freshDatabase, testDeps } from '../../test/db.js';
import type { Brief } from '../brief/types.js';
import { demoDir } from '../cli/demo.js';
import type { Database } from '../db/connect.js';
import { runPipeline } from '../pipeline/index.js';
import type { StoryListItem } from '../stories/query.js';
import { createApp } from './app.js';

const hostile = `<script>alert("title")</script> Ransomware hits Example Hospital
Attackers deployed ransomware at Example Hospital and encrypted patient systems after exploiting CVE-2023-4966 on the remote access gateway. The note <img src=x onerror=alert(1)> demanded a ransom of $2 million. Indicators: evil-hostile[.]com. The attackers moved to the internal file server 10.20.30.40. See the advisory at https://www.cisa.gov/known-exploited-vulnerabilities-catalog for the CVE.`;

describe.each(backends)('news center on %s', (backend) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let stories: StoryListItem[];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-web-'));
    writeFileSync(join(dir, 'hostile.txt'), hostile);
    await runPipeline([join(demoDir, 'feeds'), join(demoDir, 'pages'), dir], testDeps(database));
    app = createApp({ db: database.db });
    stories = (await (await app.request('/api/stories?limit=500')).json()) as StoryListItem[];
  });
  afterAll(async () => {
    await database.close();
  });

  it('lists stories newest first with severity, type and number of sources', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('class="badge sev-');
    expect(html).toMatch(/1 source</);
    const dated = stories.filter((s) => s.lastPublished).map((s) => s.lastPublished ?? '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(stories.length).toBe(23);
  });

  it('filters by severity and by type', async () => {
    const critical = (await (await app.request('/api/stories?severity=CRITICAL')).json()) as StoryListItem[];
    expect(critical.length).toBeGreaterThan(0);
    expect(critical.every((s) => s.severity === 'CRITICAL')).toBe(true);
    const none = (await (await app.request('/api/stories?type=not-an-incident')).json()) as StoryListItem[];
    expect(none.map((s) => s.title).join('\n')).toMatch(/Brightkeel/);
    expect(none.every((s) => s.incidentType === 'not-an-incident')).toBe(true);
    const page = await (await app.request('/?severity=CRITICAL')).text();
    expect(page).not.toContain('sev-LOW');
  });

  it('searches with Postgres full-text search', async () => {
    const found = (await (await app.request('/api/stories?q=LockBit')).json()) as StoryListItem[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => /lockbit|cronos/i.test(JSON.stringify(s)) || s.title.length > 0)).toBe(true);
    expect(found.some((s) => /LockBit/.test(s.title))).toBe(true);
    const cve = (await (await app.request('/api/stories?q=CVE-2024-3400')).json()) as StoryListItem[];
    expect(cve.some((s) => s.title.includes('CVE-2024-3400'))).toBe(true);
    const nothing = await (await app.request('/?q=zzzqqq-nothing')).text();
    expect(nothing).toContain('No story matches these filters.');
  });

  it('renders every section of the item page', async () => {
    const id = stories.find((s) => s.title.includes('CVE-2024-3400'))?.id;
    const res = await app.request(`/stories/${String(id)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const section of [
      'summary',
      'analysis',
      'record',
      'disputes',
      'checklist',
      'recovery',
      'forensics',
      'detection',
      'iocs',
      'attack',
      'compliance',
      'sources',
      'disclaimer',
    ]) {
      expect(html).toContain(`id="${section}"`);
    }
    for (const heading of itemPageSections) {
      expect(html).toContain(heading.replace('&', '&amp;'));
    }
    expect(html).toContain('CVE-2024-3400');
    expect(html).toMatch(/href="#source-1"/);
    expect(html).toMatch(/<code>nmap [^<]+<\/code>/);
  });

  it('escapes untrusted text and never echoes article HTML', async () => {
    const id = stories.find((s) => s.title.includes('Example Hospital'))?.id;
    const html = await (await app.request(`/stories/${String(id)}`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;');
    const list = await (await app.request('/')).text();
    expect(list).not.toContain('<script>alert');
    expect((await app.request('/')).headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('lists indicators of compromise apart from references and internal addresses', async () => {
    const id = stories.find((s) => s.title.includes('Example Hospital'))?.id;
    const html = await (await app.request(`/stories/${String(id)}`)).text();
    const iocs = html.slice(html.indexOf('id="iocs"'), html.indexOf('id="attack"'));
    expect(iocs).toContain('Indicators of Compromise (<!-- -->1<!-- -->)'.replace(/<!-- -->/g, ''));
    const [compromise, context] = iocs.split('Also mentioned, not indicators');
    expect(compromise).toContain('evil-hostile[.]com');
    expect(context).toContain('10.20.30[.]40');
    expect(context).toContain('hxxps://www[.]cisa[.]gov/known-exploited-vulnerabilities-catalog');
  });

  it('says plainly when there is nothing to show', async () => {
    const id = stories.find((s) => s.incidentType === 'not-an-incident')?.id;
    const html = await (await app.request(`/stories/${String(id)}`)).text();
    expect(html).toContain('no response checklist applies');
    expect(html).not.toMatch(/TODO|lorem|placeholder/i);
  });

  it('tells a newcomer how to fill an empty news center', async () => {
    const empty = await freshDatabase(backend);
    try {
      const html = await (await createApp({ db: empty.db }).request('/')).text();
      expect(html).toContain('No stories yet. Ingest feeds');
    } finally {
      await empty.close();
    }
  });

  it('serves a story brief as JSON and 404s cleanly', async () => {
    const id = stories[0]?.id ?? 0;
    const brief = (await (await app.request(`/api/stories/${id}`)).json()) as Brief;
    expect(brief).toMatchObject({
      id,
      severity: expect.any(String) as string,
      disclaimer: expect.any(String) as string,
    });
    expect(brief.sources.length).toBeGreaterThan(0);
    const missing = await app.request('/api/stories/99999');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'story 99999 does not exist' },
    });
    expect((await app.request('/stories/abc')).status).toBe(404);
    expect((await app.request('/nowhere')).status).toBe(404);
  });
});

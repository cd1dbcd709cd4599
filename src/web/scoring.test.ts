import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase, testDeps } from '../../test/db.js';
import type { Brief } from '../brief/types.js';
import { demoDir } from '../cli/demo.js';
import { loadConfig } from '../config/load.js';
import type { Database } from '../db/connect.js';
import { runPipeline } from '../pipeline/index.js';
import type { StoryListItem } from '../stories/query.js';
import { createApp } from './app.js';

/** Scores on the page and in the API: ranking by priority, the factor table, the CVSS sources, the copy control. */
describe.each(backends)('scoring in the news center on %s', (backend) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const list = async (query: string) =>
    (await (await app.request(`/api/stories${query}`)).json()) as StoryListItem[];
  const brief = async (id: number) => (await (await app.request(`/api/stories/${id}`)).json()) as Brief;
  const storyWith = async (text: string) => (await list('?limit=500')).find((s) => s.title.includes(text));

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const config = loadConfig({ NEWSROOM_WATCH_VENDORS: 'Ivanti', NEWSROOM_WATCH_SECTORS: 'hospitals' });
    await runPipeline([join(demoDir, 'feeds'), join(demoDir, 'pages')], testDeps(database, { config }));
    app = createApp({ db: database.db });
  });
  afterAll(async () => {
    await database.close();
  });

  it('ranks by priority, then newest, with every non-incident below every real incident', async () => {
    const ranked = await list('?sort=priority');
    expect(ranked.length).toBe(22);
    for (const [a, b] of ranked.slice(1).map((s, i) => [ranked[i], s] as const)) {
      expect(a?.priority).toBeGreaterThanOrEqual(b.priority);
      if (a?.priority === b.priority) expect((a.lastPublished ?? '') >= (b.lastPublished ?? '')).toBe(true);
    }
    const brightkeel = ranked.findIndex((s) => s.title.includes('Brightkeel'));
    const incidents = ranked.filter((s) => s.incidentType !== 'not-an-incident');
    expect(ranked[brightkeel]).toMatchObject({ incidentType: 'not-an-incident', priority: 0 });
    expect(ranked.slice(0, incidents.length)).toEqual(incidents);
    expect(brightkeel).toBeGreaterThanOrEqual(incidents.length);
    // Only the other non-incident, the older CrowdStrike outage, ties with it at 0 and comes after it.
    expect(ranked.slice(brightkeel + 1).map((s) => s.title)).toEqual([
      expect.stringContaining('CrowdStrike') as string,
    ]);
    expect(incidents.every((s) => s.priority > 0)).toBe(true);
  });

  it('keeps newest first by default and for an unknown order, and sorts the list page from its form', async () => {
    const newest = await list('');
    expect(await list('?sort=bogus')).toEqual(newest);
    const dated = newest.map((s) => s.lastPublished ?? '');
    expect(dated).toEqual([...dated].sort().reverse());
    const html = await (await app.request('/?sort=priority')).text();
    expect(html).toMatch(/<option value="priority" selected="">Highest priority first<\/option>/);
    const ids = [...html.matchAll(/data-story-id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual((await list('?sort=priority')).map((s) => s.id));
  });

  it('gives a non-incident priority 0, DEFERRED and no checklist', async () => {
    const story = await storyWith('Brightkeel');
    const b = await brief(story?.id ?? 0);
    expect(b.priority.score).toBe(0);
    expect(b.triage).toEqual({
      level: 'DEFERRED',
      reason: 'DEFERRED: not an incident, nothing to respond to',
      escalation: [],
    });
    expect(b.checklist).toEqual([]);
    expect(b.cvss).toMatchObject({ score: 0, estimated: true });
  });

  it('shows every priority factor with weight, value, contribution and reason, relevance included', async () => {
    const story = await storyWith('Ivanti');
    const html = await (await app.request(`/stories/${story?.id ?? 0}`)).text();
    const table = html.slice(
      html.indexOf('id="factors"'),
      html.indexOf('</table>', html.indexOf('id="factors"')),
    );
    for (const name of ['severity', 'exploitation', 'recency', 'corroboration', 'breadth', 'relevance'])
      expect(table).toContain(`data-factor="${name}"`);
    expect(table).toMatch(
      /data-factor="relevance"><td>relevance<\/td><td>0\.15<\/td><td>1\.000<\/td><td>0\.150<\/td><td>watched vendor Ivanti<\/td>/,
    );
    const b = await brief(story?.id ?? 0);
    expect(b.triage.reason).toMatch(
      /^IMMEDIATE: CRITICAL, exploitation reported, watched vendor Ivanti, 1 independent source/,
    );
    expect(html).toContain(b.triage.reason);
  });

  it('names the stated CVSS score of each CVE with its source, and marks an estimate', async () => {
    const story = await storyWith('ToolShell');
    const b = await brief(story?.id ?? 0);
    expect(b.cvss).toMatchObject({ score: 9.8, estimated: false, cve: 'CVE-2025-53770' });
    expect(b.cvss.cves.map((c) => [c.id, c.chosen?.score ?? null, c.kev])).toEqual([
      ['CVE-2025-53770', 9.8, null],
      ['CVE-2025-49704', null, null],
      ['CVE-2025-53771', 6.3, null],
      ['CVE-2025-49706', null, null],
    ]);
    const html = await (await app.request(`/stories/${story?.id ?? 0}`)).text();
    expect(html).toContain('data-cve="CVE-2025-49704"');
    expect(html).toContain('no source stated a score; the published (NVD) score is not in the KB');
    expect(html).toContain('KEV not in the KB');
    const fraud = await brief((await storyWith('Deepfake'))?.id ?? 0);
    expect(fraud.cvss).toMatchObject({ estimated: true, cves: [] });
    const page = await (await app.request(`/stories/${fraud.id}`)).text();
    expect(page).toMatch(
      /data-estimated="true"[\s\S]*estimated<\/span>[\s\S]*Estimated: no CVE in the sources/,
    );
  });

  it('offers each indicator refanged: a copy button for /assets/copy.js and a selectable value without it', async () => {
    const stories = await list('?limit=500');
    const briefs = await Promise.all(stories.map((s) => brief(s.id)));
    const b = briefs.find((x) => x.indicators.some((i) => i.display !== i.value));
    const indicator = b?.indicators.find((i) => i.display !== i.value);
    const html = await (await app.request(`/stories/${b?.id ?? 0}`)).text();
    expect(html).toContain(`<code>${indicator?.display ?? ''}</code>`);
    expect(html).toContain(`data-copy="${indicator?.value ?? ''}" hidden="">Copy</button>`);
    expect(html).toContain(`<input type="text" readonly="" value="${indicator?.value ?? ''}"`);
    expect(html).toContain('<script src="/assets/copy.js" defer=""></script>');
    const script = await app.request('/assets/copy.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('navigator.clipboard');
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

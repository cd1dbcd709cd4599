import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryView } from '../src/brief/types.js';
import { loadConfig } from '../src/config/load.js';
import type { Database } from '../src/db/connect.js';
import { runPipeline } from '../src/pipeline/index.js';
import type { CorrectionResult } from '../src/stories/corrections.js';
import type { StoryVersion } from '../src/stories/types.js';
import { createApp } from '../src/web/app.js';
import { writeCorpus } from './corrections-fixture.js';
import { backends, freshDatabase, testDeps } from './db.js';

const token = 'correction-test-token-0123456789';

describe.each(backends)('analysts correct story grouping through the API on %s', (backend) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const corpus = writeCorpus();
  const post = (path: string, body: unknown, auth: string | null = token) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify(body),
    });
  const storyOf = async (documentId: number) =>
    (
      await database.db
        .selectFrom('story_documents')
        .select('story_id')
        .where('document_id', '=', documentId)
        .executeTakeFirstOrThrow()
    ).story_id;
  const documentsOf = async (storyId: number) =>
    (
      await database.db
        .selectFrom('story_documents')
        .select('document_id')
        .where('story_id', '=', storyId)
        .orderBy('document_id')
        .execute()
    ).map((row) => row.document_id);
  const view = async (id: number) => (await (await app.request(`/api/stories/${id}`)).json()) as StoryView;
  const versions = async (id: number) =>
    (await (await app.request(`/api/stories/${id}/versions`)).json()) as StoryVersion[];
  const errorOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; message: string } }).error;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    const deps = testDeps(database, { config: loadConfig({ NEWSROOM_API_TOKEN: token }) });
    app = createApp({ db: database.db, corrections: deps });
    // Documents 1–2: the SecureGate flaw (story 1); 3–4: Northwind Clinic (story 2); 5: Contoso Bank (story 3).
    await runPipeline([corpus.feed], deps);
  });
  afterAll(async () => {
    await database.close();
  });

  it('starts from three stories', async () => {
    expect([await documentsOf(1), await documentsOf(2), await documentsOf(3)]).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('refuses every write when no token is configured (403), and a missing or wrong token (401)', async () => {
    const readOnly = createApp({ db: database.db, corrections: testDeps(database) });
    const disabled = await readOnly.request('/api/stories/2/merge', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ from: 3, reason: 'x' }),
    });
    expect(disabled.status).toBe(403);
    expect((await errorOf(disabled)).message).toMatch(/writes are disabled/);
    expect(
      (await createApp({ db: database.db }).request('/api/documents/4/move', { method: 'POST' })).status,
    ).toBe(403);
    const missing = await post('/api/stories/2/merge', { from: 3, reason: 'x' }, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post('/api/stories/2/merge', { from: 3, reason: 'x' }, `${token}x`)).status).toBe(401);
    expect((await post('/api/stories/2/split', { documents: [4], reason: 'x' }, 'short')).status).toBe(401);
    expect([await documentsOf(2), await documentsOf(3)]).toEqual([[3, 4], [5]]);
  });

  it('splits documents off to a new story that keeps the history of the original (200 with the right token)', async () => {
    const before = await versions(1);
    const res = await post('/api/stories/1/split', {
      documents: [2],
      reason: 'the labs report is about a different intrusion',
      by: 'alice',
    });
    expect(res.status).toBe(200);
    const result = (await res.json()) as CorrectionResult;
    expect(result).toMatchObject({ kind: 'split', from: 1, to: 4, documents: [2], by: 'alice (api)' });
    expect([await documentsOf(1), await documentsOf(4)]).toEqual([[1], [2]]);
    const original = await versions(1);
    expect(original.slice(1)).toEqual(before);
    const [line] = original[0]?.changes ?? [];
    expect(line).toMatchObject({
      kind: 'corrected',
      correction: { by: 'alice (api)', reason: 'the labs report is about a different intrusion' },
    });
    expect(line?.text).toMatch(
      /^Split by alice \(api\): document 2 \("Web shells.*"\) moved to story 4: the labs/,
    );
    const split = await versions(4);
    expect(split.map((v) => v.version)).toEqual([before.length + 1, ...before.map((v) => v.version)]);
    expect(split.slice(1).map((v) => v.at)).toEqual(before.map((v) => v.at));
    expect(split[0]?.changes[0]?.text).toMatch(
      /^Split from story 1 by alice \(api\): the labs report .*story 1's history/,
    );
    expect(
      split
        .slice(1)
        .flatMap((v) => v.changes)
        .every((c) => c.kind === 'inherited'),
    ).toBe(true);
    expect(split.at(-1)?.changes[0]?.text).toMatch(/^Story 1, before the split: First report/);
    const brief = await view(4);
    expect(brief.title).toMatch(/Web shells/);
    const page = await (await app.request('/stories/4')).text();
    expect(page).toContain('Split from story 1 by alice (api)');
    expect(page).toContain('Story 1, before the split');
  });

  it('moves a document to a new story and to an existing one', async () => {
    const res = await post('/api/documents/4/move', { story: 'new', reason: 'a different clinic incident' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      kind: 'move',
      document: 4,
      from: 2,
      to: 5,
      created: true,
      by: 'api',
    });
    expect([await documentsOf(2), await documentsOf(5)]).toEqual([[3], [4]]);
    expect((await versions(2))[0]?.changes[0]?.text).toMatch(
      /moved to story 5 by api: a different clinic incident/,
    );
    expect((await versions(5))[0]?.changes[0]?.text).toMatch(/moved to this new story from story 2 by api/);
    expect((await view(5)).title).toMatch(/Northwind Clinic restores/);
  });

  it('keeps the decisions when later reports would bridge the stories an analyst kept apart', async () => {
    const summary = await runPipeline([corpus.bridge, corpus.northwind], testDeps(database));
    expect(summary.ingested.length).toBe(2);
    const stories = await database.db
      .selectFrom('stories')
      .select(['id', 'merged_into'])
      .orderBy('id')
      .execute();
    expect(stories.every((s) => s.merged_into === null)).toBe(true);
    const [bridge, northwind] = [6, 7];
    expect([1, 4]).toContain(await storyOf(bridge));
    expect([2, 5]).toContain(await storyOf(northwind));
    expect(await storyOf(2)).toBe(4);
    expect(await storyOf(4)).toBe(5);
    const reasons = await database.db
      .selectFrom('story_documents')
      .select('reason')
      .where('document_id', 'in', [bridge, northwind])
      .orderBy('document_id')
      .execute();
    // Without the analyst's decisions both reports would bridge the two halves and merge them.
    expect(reasons.map((r) => r.reason)).toEqual([
      expect.stringMatching(/; not merged with story [14]: stories 1 and 4 were kept apart by an analyst$/),
      expect.stringMatching(/; not merged with story [25]: stories 2 and 5 were kept apart by an analyst$/),
    ]);
  });

  it('merges a story into another: the merged id answers 301 on the web and the API', async () => {
    const res = await post('/api/stories/2/merge', {
      from: 5,
      reason: 'same Northwind Clinic attack after all',
      by: 'bob',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'merge', into: 2, from: 5 });
    expect(await storyOf(4)).toBe(2);
    for (const [path, target] of [
      ['/stories/5', '/stories/2'],
      ['/api/stories/5', '/api/stories/2'],
      ['/api/stories/5/versions', '/api/stories/2/versions'],
    ] as const) {
      const moved = await app.request(path);
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(target);
    }
    expect((await versions(2))[0]?.changes[0]).toMatchObject({
      kind: 'corrected',
      text: 'Story 5 merged into this one by bob (api): same Northwind Clinic attack after all',
    });
    const folded = await database.db
      .selectFrom('story_versions')
      .select('changes')
      .where('story_id', '=', 5)
      .orderBy('version', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(folded.changes)).toContain('Merged into story 2 by bob (api)');
  });

  it.each([
    ['an unknown story', '/api/stories/99/split', { documents: [1] }, 404, /story 99 does not exist/],
    ['an unknown document', '/api/documents/99/move', { story: 1 }, 404, /document 99 does not exist/],
    ['an unknown target story', '/api/documents/3/move', { story: 99 }, 404, /story 99 does not exist/],
    ['a move to its own story', '/api/documents/3/move', { story: 2 }, 400, /already in story 2/],
    ['a merge into itself', '/api/stories/2/merge', { from: 2 }, 400, /cannot be merged into itself/],
    ['a split of every document', '/api/stories/1/split', { documents: [1, 6] }, 400, /leave it empty/],
    [
      'a split of a document of another story',
      '/api/stories/1/split',
      { documents: [3] },
      400,
      /is in story 2/,
    ],
    [
      'a merged id as target',
      '/api/documents/1/move',
      { story: 5 },
      409,
      /story 5 was merged into story 2; give story 2/,
    ],
    ['a merged id to split', '/api/stories/5/split', { documents: [4] }, 409, /merged into story 2/],
    ['an already merged story', '/api/stories/2/merge', { from: 5 }, 400, /already merged into story 2/],
    [
      'the last document of a story',
      '/api/documents/5/move',
      { story: 2 },
      400,
      /only report of story 3; merge/,
    ],
  ])('refuses %s', async (_, path, body, status, message) => {
    const res = await post(path, { ...body, reason: 'checking refusals' });
    expect(res.status).toBe(status);
    expect((await errorOf(res)).message).toMatch(message);
  });

  it('refuses a write without a reason or with a malformed body', async () => {
    const noReason = await post('/api/stories/2/merge', { from: 3 });
    expect(noReason.status).toBe(400);
    expect((await errorOf(noReason)).message).toMatch(/reason/);
    expect((await post('/api/stories/2/merge', { from: 3, reason: '   ' })).status).toBe(400);
    expect((await post('/api/documents/3/move', { story: 'elsewhere', reason: 'x' })).status).toBe(400);
    const notJson = await app.request('/api/stories/2/merge', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: 'merge please',
    });
    expect(notJson.status).toBe(400);
    expect(await database.db.selectFrom('story_corrections').select('kind').orderBy('id').execute()).toEqual([
      { kind: 'split' },
      { kind: 'move' },
      { kind: 'merge' },
    ]);
  });
});

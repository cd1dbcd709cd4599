import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import type { Brief, StoryView } from '../brief/types.js';
import { NewsroomError, describeError } from '../core/errors.js';
import type { DB } from '../db/schema.js';
import { sourceReports } from '../sources/report.js';
import {
  listStories,
  listStoryCards,
  lookupStory,
  storyDisputes,
  storySorts,
  type StoryFilter,
} from '../stories/query.js';
import type { PipelineDeps } from '../pipeline/types.js';
import { correctionRoutes } from './api-corrections.js';
import { ItemPage } from './item-page.js';
import { Layout } from './layout.js';
import { ListPage } from './list-page.js';
import { SourcesPage } from './sources-page.js';
import { copyScript } from './copy-script.js';
import { stylesheet } from './style.js';

function filterFrom(query: (name: string) => string | undefined): StoryFilter {
  const limit = Number(query('limit') ?? '100');
  const offset = Number(query('offset') ?? '0');
  return {
    severity: query('severity') || undefined,
    type: query('type') || undefined,
    q: query('q') || undefined,
    sort: storySorts.find((sort) => sort === query('sort')),
    limit: Number.isInteger(limit) && limit > 0 && limit <= 500 ? limit : 100,
    offset: Number.isInteger(offset) && offset >= 0 ? offset : 0,
  };
}

function storyId(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new NewsroomError('NOT_FOUND', `story ${raw} does not exist`);
  return id;
}

/** The story's brief with its change log, or a redirect target when it was merged into another. */
async function requireStory(db: Kysely<DB>, id: number): Promise<{ brief: StoryView } | { into: number }> {
  const found = await lookupStory(db, id);
  if (found.kind === 'missing') throw new NewsroomError('NOT_FOUND', `story ${id} does not exist`);
  if (found.kind === 'merged') return { into: found.into };
  return { brief: { ...(found.brief as Brief), versions: found.versions } };
}

/**
 * The news center and JSON API. Pages are server-rendered JSX (text is escaped by default);
 * article HTML is never echoed. With `corrections` (the pipeline's dependencies) and an
 * `apiToken` in their config, analysts' corrections are accepted through the write API.
 * @example const res = await createApp({ db }).request('/api/stories');
 */
export function createApp(deps: { db: Kysely<DB>; now?: () => Date; corrections?: PipelineDeps }) {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    }),
  );

  app.get('/assets/style.css', (c) =>
    c.body(stylesheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' }),
  );
  app.get('/assets/copy.js', (c) =>
    c.body(copyScript, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'max-age=3600',
    }),
  );
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.get('/', async (c) => {
    const filter = filterFrom((name) => c.req.query(name));
    const stories = await listStoryCards(deps.db, filter);
    return c.html(<ListPage stories={stories} filter={filter} />);
  });

  app.get('/stories/:id', async (c) => {
    const story = await requireStory(deps.db, storyId(c.req.param('id')));
    if ('into' in story) return c.redirect(`/stories/${story.into}`, 301);
    return c.html(<ItemPage brief={story.brief} />);
  });

  app.get('/api/stories', async (c) => {
    const stories = await listStories(
      deps.db,
      filterFrom((name) => c.req.query(name)),
    );
    const disputes = await storyDisputes(
      deps.db,
      stories.map((story) => story.id),
    );
    return c.json(stories.map((story) => ({ ...story, disputes: disputes.get(story.id) ?? [] })));
  });

  app.get('/api/stories/:id', async (c) => {
    const story = await requireStory(deps.db, storyId(c.req.param('id')));
    if ('into' in story) return c.redirect(`/api/stories/${story.into}`, 301);
    return c.json(story.brief);
  });

  app.get('/api/stories/:id/versions', async (c) => {
    const story = await requireStory(deps.db, storyId(c.req.param('id')));
    if ('into' in story) return c.redirect(`/api/stories/${story.into}/versions`, 301);
    return c.json(story.brief.versions);
  });

  correctionRoutes(app, deps.corrections);

  const now = deps.now ?? (() => new Date());
  app.get('/sources', async (c) => c.html(<SourcesPage sources={await sourceReports(deps.db, now())} />));
  app.get('/api/sources', async (c) => c.json(await sourceReports(deps.db, now())));

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return c.json({ error: { code: 'NOT_FOUND', message: 'no such resource' } }, 404);
    return c.html(
      <Layout title="Not found">
        <h1>Not found</h1>
        <p>There is nothing at this address.</p>
      </Layout>,
      404,
    );
  });

  app.onError((error, c) => {
    const known = error instanceof NewsroomError;
    const status = (known ? error.httpStatus : 500) as 404 | 500;
    const code = known ? error.code : 'INTERNAL';
    const message = known ? error.message : 'internal error';
    if (!known) process.stderr.write(`web: ${describeError(error)}\n`);
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code, message } }, status);
    return c.html(
      <Layout title="Error">
        <h1>{status === 404 ? 'Not found' : 'Something went wrong'}</h1>
        <p>{message}</p>
      </Layout>,
      status,
    );
  });
  return app;
}

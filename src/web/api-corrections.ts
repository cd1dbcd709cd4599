import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { NewsroomError } from '../core/errors.js';
import { applyCorrection } from '../pipeline/correct.js';
import type { PipelineDeps } from '../pipeline/types.js';
import type { CorrectionRequest } from '../stories/corrections.js';

const id = z.number().int().positive();
const attribution = {
  reason: z.string().trim().min(1, 'reason is required: say why (it is shown in the change log)'),
  by: z.string().trim().min(1).max(100).optional(),
};
const bodies = {
  merge: z.object({ from: id, ...attribution }),
  split: z.object({ documents: z.array(id).min(1), ...attribution }),
  move: z.object({ story: z.union([id, z.literal('new')]), ...attribution }),
};

/** Constant-time comparison of two secrets of any length (their SHA-256 digests are compared). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** 403 when writes are disabled (no token configured), 401 without the right bearer token. */
function authorise(c: Context, token: string | undefined): void {
  if (!token)
    throw new NewsroomError(
      'FORBIDDEN',
      'writes are disabled: set NEWSROOM_API_TOKEN to enable the write API',
    );
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match?.[1] || !sameSecret(match[1], token)) {
    c.header('WWW-Authenticate', 'Bearer realm="newsroom"');
    throw new NewsroomError(
      'UNAUTHORIZED',
      'a valid bearer token is required (Authorization: Bearer <token>)',
    );
  }
}

async function parse<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const body: unknown = await c.req.json().catch(() => {
    throw new NewsroomError('BAD_INPUT', 'the request body must be JSON');
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new NewsroomError(
      'BAD_INPUT',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

function pathId(raw: string, what: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new NewsroomError('NOT_FOUND', `${what} ${raw} does not exist`);
  return value;
}

/** The writer: the token says `api`; an optional `by` names the person behind it. */
const writer = (by: string | undefined): string => (by ? `${by} (api)` : 'api');

/**
 * The write API: analysts' corrections of story grouping, behind `NEWSROOM_API_TOKEN`.
 * Each answers 200 with what it did, and the touched stories are re-published at once.
 * @example await app.request('/api/stories/3/merge', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ from: 7, reason: 'same breach' }) })
 */
export function correctionRoutes(app: Hono, deps: PipelineDeps | undefined): void {
  /** The pipeline's dependencies, once the request is authorised. */
  const writable = (c: Context): PipelineDeps => {
    authorise(c, deps?.config.apiToken);
    if (!deps) throw new NewsroomError('FORBIDDEN', 'writes are disabled on this server');
    return deps;
  };
  app.post('/api/stories/:id/merge', async (c) => {
    const pipeline = writable(c);
    const into = pathId(c.req.param('id'), 'story');
    const { from, reason, by } = await parse(c, bodies.merge);
    return c.json(await applyCorrection(pipeline, { kind: 'merge', into, from, reason, by: writer(by) }));
  });
  app.post('/api/stories/:id/split', async (c) => {
    const pipeline = writable(c);
    const storyId = pathId(c.req.param('id'), 'story');
    const { documents, reason, by } = await parse(c, bodies.split);
    const request: CorrectionRequest = {
      kind: 'split',
      storyId,
      documentIds: documents,
      reason,
      by: writer(by),
    };
    return c.json(await applyCorrection(pipeline, request));
  });
  app.post('/api/documents/:id/move', async (c) => {
    const pipeline = writable(c);
    const documentId = pathId(c.req.param('id'), 'document');
    const { story, reason, by } = await parse(c, bodies.move);
    return c.json(
      await applyCorrection(pipeline, { kind: 'move', documentId, to: story, reason, by: writer(by) }),
    );
  });
}

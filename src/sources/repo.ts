import type { Kysely } from 'kysely';
import { NewsroomError } from '../core/errors.js';
import type { DB } from '../db/schema.js';
import { overridesFor, refreshSourceProfiles, saveSetOverride } from './profile-repo.js';
import { type ProfileOverride, resolveProfile } from './registry.js';

export interface SourceRow {
  id: number;
  domain: string;
  name: string;
  kind: string;
  tier: string;
  reliability: string;
}

/**
 * The source for a domain, created on first sight with its effective profile: overrides set on the
 * database or in the sources file, else the registry. A name from the registry or an override wins
 * over the feed's own title.
 */
export async function ensureSource(db: Kysely<DB>, domain: string, name?: string | null): Promise<SourceRow> {
  const existing = await db.selectFrom('sources').selectAll().where('domain', '=', domain).executeTakeFirst();
  if (existing) return existing;
  const profile = resolveProfile(domain, await overridesFor(db, domain));
  return db
    .insertInto('sources')
    .values({ ...profile, domain, name: profile.name ?? (name?.trim() || domain) })
    .onConflict((oc) => oc.column('domain').doUpdateSet({ domain }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Sets a source's name, kind, tier or reliability on the database (`newsroom sources set`, the
 * demo's sources.json): stored as an override that wins over the config file and the registry.
 */
export async function upsertSourceProfile(
  db: Kysely<DB>,
  domain: string,
  values: ProfileOverride,
): Promise<SourceRow> {
  const source = await ensureSource(db, domain, values.name);
  await saveSetOverride(db, domain, values);
  await refreshSourceProfiles(db, [domain]);
  return db.selectFrom('sources').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow();
}

/** Every source with its number of documents and its latest publication date. */
export async function listSources(db: Kysely<DB>) {
  return db
    .selectFrom('sources')
    .leftJoin('documents', 'documents.source_id', 'sources.id')
    .select([
      'sources.id',
      'sources.domain',
      'sources.name',
      'sources.kind',
      'sources.tier',
      'sources.reliability',
    ])
    .select((eb) => [
      eb.fn.count<string>('documents.id').as('documents'),
      eb.fn.max('documents.published_at').as('last_published'),
    ])
    .groupBy('sources.id')
    .orderBy('sources.domain')
    .execute();
}

export async function addFeed(db: Kysely<DB>, url: string, sourceId: number, pollMinutes?: number) {
  try {
    return await db
      .insertInto('feeds')
      .values({ url, source_id: sourceId, poll_minutes: pollMinutes ?? null, next_poll_at: new Date() })
      .onConflict((oc) => oc.column('url').doUpdateSet({ poll_minutes: pollMinutes ?? null }))
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (cause) {
    throw new NewsroomError('STORAGE', `feeds: unable to add ${url}`, { cause });
  }
}

export async function listFeeds(db: Kysely<DB>) {
  return db.selectFrom('feeds').selectAll().orderBy('id').execute();
}

export async function dueFeeds(db: Kysely<DB>, now: Date) {
  return db
    .selectFrom('feeds')
    .selectAll()
    .where('next_poll_at', '<=', now)
    .orderBy('next_poll_at')
    .execute();
}

export async function findFeedByUrl(db: Kysely<DB>, url: string) {
  return db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
}

export interface PollOutcome {
  ok: boolean;
  items: number;
  error?: string;
  etag?: string | null;
  lastModified?: string | null;
}

/** Records a poll on the feed row: health counters, conditional-GET validators, next poll time. */
export async function recordPoll(
  db: Kysely<DB>,
  feedId: number,
  outcome: PollOutcome,
  now: Date,
  minutes: number,
) {
  const next = new Date(now.getTime() + minutes * 60_000);
  await db
    .updateTable('feeds')
    .set((eb) => ({
      last_polled_at: now,
      next_poll_at: next,
      ...(outcome.ok
        ? { last_success_at: now, consecutive_errors: 0, last_error: null, items_last_poll: outcome.items }
        : {
            consecutive_errors: eb('consecutive_errors', '+', 1),
            last_error: outcome.error ?? 'unknown error',
          }),
      ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
    }))
    .where('id', '=', feedId)
    .execute();
}

export async function logIngest(
  db: Kysely<DB>,
  entry: {
    location: string;
    feedId?: number | null;
    status: 'ingested' | 'duplicate' | 'not-modified' | 'error';
    message?: string;
    documents?: number;
  },
) {
  await db
    .insertInto('ingest_log')
    .values({
      location: entry.location.slice(0, 2000),
      feed_id: entry.feedId ?? null,
      status: entry.status,
      message: (entry.message ?? '').slice(0, 2000),
      documents: entry.documents ?? 0,
    })
    .execute();
}

export async function recentIngestLog(db: Kysely<DB>, limit = 50) {
  return db.selectFrom('ingest_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

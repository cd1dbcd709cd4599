import { readFileSync } from 'node:fs';
import pg from 'pg';
import { pino } from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { type Database, openDatabase } from '../src/db/connect.js';
import { builtinKb } from '../src/kb/builtin/index.js';
import type { Kb } from '../src/kb/types.js';
import type { FetchResult } from '../src/sources/fetch.js';
import type { PipelineDeps } from '../src/pipeline/types.js';

let counter = 0;

export type Backend = 'pglite' | 'postgres';

/** DB suites run on PGlite always, and on the server PostgreSQL too when DATABASE_URL is set. */
export const backends: Backend[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * A fresh, migrated database: a clone of the PGlite template, or a new database on the server
 * (DATABASE_URL) created from the migrated server template.
 */
export async function freshDatabase(backend: Backend = 'pglite'): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const serverTemplate = inject('serverTemplate');
  if (backend === 'postgres') {
    if (!url || !serverTemplate) throw new Error('the postgres backend needs DATABASE_URL');
    const name = `newsroom_test_${process.pid}_${++counter}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${serverTemplate}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
    return {
      ...database,
      close: async () => {
        await database.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name}`);
        await dropper.end();
      },
    };
  }
  const dump = new Blob([readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ dataDir: 'memory://', loadDataDir: dump });
}

/** Serves fixtures by URL; anything else is a 404, like a real server. */
export function fakeFetcher(
  pages: Record<string, string | { body: string; contentType?: string; etag?: string }>,
) {
  const calls: { url: string; etag: string | null }[] = [];
  const fetchUrl = (url: string, options: { etag?: string | null }): Promise<FetchResult> => {
    calls.push({ url, etag: options.etag ?? null });
    const page = pages[url];
    if (page === undefined) return Promise.reject(new Error(`${url}: HTTP 404 Not Found`));
    const entry = typeof page === 'string' ? { body: page } : page;
    if (entry.etag && options.etag === entry.etag) return Promise.resolve({ status: 'not-modified', url });
    return Promise.resolve({
      status: 'ok',
      url,
      body: new TextEncoder().encode(entry.body),
      contentType: entry.contentType ?? null,
      etag: entry.etag ?? null,
      lastModified: null,
    });
  };
  return { fetchUrl, calls };
}

/** Pipeline dependencies over a test database: silent log, built-in KB, a fixed clock. */
export function testDeps(
  database: Database,
  overrides: Partial<PipelineDeps> & { kb?: Kb } = {},
): PipelineDeps {
  return {
    db: database.db,
    config: loadConfig({}),
    kb: builtinKb(),
    log: pino({ level: 'silent' }),
    fetchUrl: fakeFetcher({}).fetchUrl,
    now: () => new Date('2025-11-01T00:00:00Z'),
    ...overrides,
  };
}

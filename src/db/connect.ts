import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { NewsroomError } from '../core/errors.js';
import type { DB } from './schema.js';

export interface Database {
  db: Kysely<DB>;
  kind: 'pglite' | 'postgres';
  /** The embedded instance, when there is one (tests dump it as a template). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Server PostgreSQL connection string; when absent, an embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** A PGlite data-directory dump (tar) to start from, used by tests to clone a migrated template. */
  loadDataDir?: Blob;
}

/**
 * Opens the database: one code path (Kysely over a `pg.Pool`) for PGlite and server Postgres.
 * @example const { db, close } = await openDatabase({ dataDir: './.newsroom' });
 */
export async function openDatabase(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 8 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  let pglite: PGlite;
  try {
    if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
    pglite = await PGlite.create(
      options.dataDir,
      options.loadDataDir ? { loadDataDir: options.loadDataDir } : {},
    );
  } catch (cause) {
    throw new NewsroomError(
      'STORAGE',
      `database: unable to open PGlite data directory ${options.dataDir} (is another newsroom process using it?)`,
      { cause },
    );
  }
  // PGlite keeps up to 1 GB of WAL by default; a small cap keeps the data directory small.
  if (!options.dataDir.startsWith('memory://')) {
    await pglite.exec("ALTER SYSTEM SET max_wal_size = '64MB'");
    await pglite.exec('SELECT pg_reload_conf()');
  }
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

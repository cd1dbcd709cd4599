import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { NewsroomError } from '../core/errors.js';

/** The migrations folder, whether running from src/ (tsx, vitest) or dist/ (built package). */
export function migrationsDir(): string {
  const candidates = [
    new URL('./migrations/', import.meta.url),
    new URL('../../src/db/migrations/', import.meta.url),
  ].map((url) => fileURLToPath(url));
  const found = candidates.find((dir) => existsSync(dir));
  if (!found)
    throw new NewsroomError('STORAGE', `migrations: folder not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Numbered, append-only SQL files `NNNN_name.sql`; Kysely runs each pending one in a transaction. */
export function sqlFileMigrations(dir: string): MigrationProvider {
  return {
    async getMigrations() {
      const files = (await readdir(dir)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
      const migrations: Record<string, Migration> = {};
      for (const file of files) {
        const text = await readFile(`${dir}/${file}`, 'utf8');
        migrations[file.replace(/\.sql$/, '')] = {
          up: async (db: Kysely<unknown>) => {
            await sql.raw(text).execute(db);
          },
        };
      }
      return migrations;
    },
  };
}

/** Brings the schema up to date; returns the names of the migrations applied now. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Migrator works on any schema
export async function migrate(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: sqlFileMigrations(migrationsDir()) });
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new NewsroomError('STORAGE', 'migrations: unable to migrate the database', { cause: error });
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    serverTemplate: string;
  }
}

/** The template database every DB test clones: PGlite dump, and a server template when DATABASE_URL is set. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-template-'));
  const template = await openDatabase({ dataDir: 'memory://' });
  await migrate(template.db);
  if (!template.pglite) throw new Error('expected a PGlite database for the template');
  const dump = await template.pglite.dumpDataDir();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await template.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.DATABASE_URL;
  let serverTemplate = '';
  if (url) {
    serverTemplate = `newsroom_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${serverTemplate}`);
    await admin.query(`CREATE DATABASE ${serverTemplate}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${serverTemplate}`;
    const db = await openDatabase({ databaseUrl: target.toString(), dataDir: '' });
    await migrate(db.db);
    await db.close();
  }
  project.provide('serverTemplate', serverTemplate);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && serverTemplate) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${serverTemplate}`);
      await admin.end();
    }
  };
}

import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase } from '../../test/db.js';
import { type Database, openDatabase } from '../db/connect.js';
import { migrate, migrationsDir, sqlFileMigrations } from '../db/migrate.js';
import { applySourcesConfig } from './profile-repo.js';
import { ensureSource, upsertSourceProfile } from './repo.js';

describe.each(backends)('source profiles on %s', (backend) => {
  let database: Database;
  const profile = async (domain: string) =>
    database.db
      .selectFrom('sources')
      .select(['name', 'kind', 'tier', 'reliability'])
      .where('domain', '=', domain)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  it('creates a source with the registry profile; a known name wins over the feed title', async () => {
    await ensureSource(database.db, 'cisa.gov', 'Alerts | CISA');
    await ensureSource(database.db, 'newblog.example', 'New Blog');
    expect(await profile('cisa.gov')).toEqual({
      name: 'CISA (US Cybersecurity and Infrastructure Security Agency)',
      kind: 'government',
      tier: 'T1',
      reliability: 'A',
    });
    expect(await profile('newblog.example')).toEqual({
      name: 'New Blog',
      kind: 'news',
      tier: 'T3',
      reliability: 'F',
    });
  });

  it('applies the sources file to existing and future sources', async () => {
    await applySourcesConfig(
      database.db,
      new Map([
        ['cisa.gov', { tier: 'T2' as const }],
        ['newblog.example', { kind: 'researcher' as const, name: 'Research Blog' }],
        ['later.example', { tier: 'T1' as const, reliability: 'B' as const }],
      ]),
    );
    expect(await profile('cisa.gov')).toMatchObject({ kind: 'government', tier: 'T2', reliability: 'A' });
    expect(await profile('newblog.example')).toMatchObject({ name: 'Research Blog', kind: 'researcher' });
    await ensureSource(database.db, 'later.example');
    expect(await profile('later.example')).toMatchObject({ kind: 'news', tier: 'T1', reliability: 'B' });
  });

  it('values set on the database win over the file, field by field, and survive a new file', async () => {
    await upsertSourceProfile(database.db, 'cisa.gov', { tier: 'T3' });
    await upsertSourceProfile(database.db, 'cisa.gov', { reliability: 'C' });
    expect(await profile('cisa.gov')).toMatchObject({ kind: 'government', tier: 'T3', reliability: 'C' });
    await applySourcesConfig(
      database.db,
      new Map([['cisa.gov', { tier: 'T4' as const, kind: 'news' as const }]]),
    );
    expect(await profile('cisa.gov')).toMatchObject({ kind: 'news', tier: 'T3', reliability: 'C' });
    await applySourcesConfig(database.db, new Map());
    expect(await profile('cisa.gov')).toMatchObject({ kind: 'government', tier: 'T3', reliability: 'C' });
    expect(await profile('newblog.example')).toMatchObject({ kind: 'news', tier: 'T3' });
  });
});

describe('migration 0003 keeps profiles set before it', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('turns hand-set profiles into overrides and refreshes the rule-made ones', async () => {
    const provider = sqlFileMigrations(migrationsDir());
    const names = Object.keys(await provider.getMigrations()).sort();
    const previous = names[names.indexOf('0003_source_health') - 1] ?? '';
    await new Migrator({ db: database.db, provider }).migrateTo(previous);
    await sql`INSERT INTO sources (domain, name, kind, tier, reliability) VALUES
      ('threatlens.io', 'ThreatLens Labs', 'vendor', 'T2', 'B'),
      ('cisa.gov', 'CISA', 'government', 'T1', 'B'),
      ('quiet.example', 'Quiet', 'news', 'T3', 'F')`.execute(database.db);
    await migrate(database.db);
    await applySourcesConfig(database.db, new Map());
    const rows = await database.db
      .selectFrom('sources')
      .select(['domain', 'kind', 'tier', 'reliability'])
      .orderBy('domain')
      .execute();
    expect(rows).toEqual([
      { domain: 'cisa.gov', kind: 'government', tier: 'T1', reliability: 'A' },
      { domain: 'quiet.example', kind: 'news', tier: 'T3', reliability: 'F' },
      { domain: 'threatlens.io', kind: 'vendor', tier: 'T2', reliability: 'B' },
    ]);
    const overrides = await database.db.selectFrom('source_overrides').select(['domain', 'origin']).execute();
    expect(overrides).toEqual([{ domain: 'threatlens.io', origin: 'set' }]);
  });
});

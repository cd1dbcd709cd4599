import { type Kysely, sql } from 'kysely';
import { NewsroomError } from '../core/errors.js';
import type { DB, SourceOverridesTable } from '../db/schema.js';
import {
  type OverrideLayers,
  type ProfileOverride,
  profileOverrideSchema,
  resolveProfile,
} from './registry.js';

type OverrideRow = Pick<SourceOverridesTable, 'domain' | 'origin' | 'name' | 'kind' | 'tier' | 'reliability'>;

/** A stored override row back to a profile override (NULL columns are not overridden). */
function toOverride(row: OverrideRow): ProfileOverride {
  return profileOverrideSchema.parse({
    ...(row.name !== null ? { name: row.name } : {}),
    ...(row.kind !== null ? { kind: row.kind } : {}),
    ...(row.tier !== null ? { tier: row.tier } : {}),
    ...(row.reliability !== null ? { reliability: row.reliability } : {}),
  });
}

function layersOf(rows: OverrideRow[]): Map<string, OverrideLayers> {
  const layers = new Map<string, OverrideLayers>();
  for (const row of rows) {
    const entry = layers.get(row.domain) ?? {};
    entry[row.origin] = toOverride(row);
    layers.set(row.domain, entry);
  }
  return layers;
}

/** The overrides of one source domain, by origin. */
export async function overridesFor(db: Kysely<DB>, domain: string): Promise<OverrideLayers> {
  const rows = await db.selectFrom('source_overrides').selectAll().where('domain', '=', domain).execute();
  return layersOf(rows).get(domain) ?? {};
}

/** Stores values set on the database (`newsroom sources set`); fields not given keep their value. */
export async function saveSetOverride(
  db: Kysely<DB>,
  domain: string,
  values: ProfileOverride,
): Promise<void> {
  const row = {
    name: values.name ?? null,
    kind: values.kind ?? null,
    tier: values.tier ?? null,
    reliability: values.reliability ?? null,
  };
  await db
    .insertInto('source_overrides')
    .values({ domain, origin: 'set', ...row })
    .onConflict((oc) =>
      oc.columns(['domain', 'origin']).doUpdateSet((eb) => ({
        name: eb.fn.coalesce('excluded.name', 'source_overrides.name'),
        kind: eb.fn.coalesce('excluded.kind', 'source_overrides.kind'),
        tier: eb.fn.coalesce('excluded.tier', 'source_overrides.tier'),
        reliability: eb.fn.coalesce('excluded.reliability', 'source_overrides.reliability'),
        updated_at: sql<Date>`now()`,
      })),
    )
    .execute();
}

/**
 * Recomputes the stored profile of every source (or of the given domains) from the overrides and
 * the registry, and updates the rows that changed. Sources keep their own name (a feed's title)
 * when nothing names them.
 */
export async function refreshSourceProfiles(db: Kysely<DB>, domains?: readonly string[]): Promise<number> {
  if (domains?.length === 0) return 0;
  let sources = db.selectFrom('sources').select(['id', 'domain', 'name', 'kind', 'tier', 'reliability']);
  let overrides = db.selectFrom('source_overrides').selectAll();
  if (domains) {
    sources = sources.where('domain', 'in', domains);
    overrides = overrides.where('domain', 'in', domains);
  }
  const layers = layersOf(await overrides.execute());
  let changed = 0;
  for (const source of await sources.execute()) {
    const profile = resolveProfile(source.domain, layers.get(source.domain));
    const next = { ...profile, name: profile.name ?? source.name };
    if ((['name', 'kind', 'tier', 'reliability'] as const).every((key) => next[key] === source[key]))
      continue;
    await db.updateTable('sources').set(next).where('id', '=', source.id).execute();
    changed++;
  }
  return changed;
}

/**
 * Replaces the config-file overrides (NEWSROOM_SOURCES_FILE, read once at start-up) and brings every
 * source's profile up to date, built-in table changes included. An empty map clears them.
 */
export async function applySourcesConfig(
  db: Kysely<DB>,
  entries: ReadonlyMap<string, ProfileOverride>,
): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('source_overrides').where('origin', '=', 'config').execute();
      const rows = [...entries].map(([domain, values]) => ({
        domain,
        origin: 'config' as const,
        name: values.name ?? null,
        kind: values.kind ?? null,
        tier: values.tier ?? null,
        reliability: values.reliability ?? null,
      }));
      if (rows.length) await trx.insertInto('source_overrides').values(rows).execute();
      await refreshSourceProfiles(trx);
    });
  } catch (cause) {
    throw new NewsroomError('STORAGE', 'sources: unable to apply the source profiles', { cause });
  }
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runPipeline, type IngestSummary } from '../pipeline/index.js';
import type { Runtime } from '../pipeline/runtime.js';
import { sourceKinds } from '../sources/registry.js';
import { upsertSourceProfile } from '../sources/repo.js';
import { countStories } from '../stories/query.js';

/** The bundled demo corpus: `demo/` beside `src/` and `dist/`. */
export const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));

const demoSources = z.array(
  z.object({
    domain: z.string(),
    name: z.string(),
    kind: z.enum(sourceKinds),
    tier: z.enum(['T1', 'T2', 'T3', 'T4']),
    reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  }),
);

/** Ingests the demo corpus when the database holds no story yet; returns null when it already did. */
export async function ensureDemo(runtime: Runtime): Promise<IngestSummary | null> {
  if ((await countStories(runtime.db)) > 0) return null;
  const profiles = demoSources.parse(JSON.parse(await readFile(`${demoDir}sources.json`, 'utf8')));
  for (const { domain, ...profile } of profiles) await upsertSourceProfile(runtime.db, domain, profile);
  return runPipeline([`${demoDir}feeds`, `${demoDir}pages`], runtime);
}

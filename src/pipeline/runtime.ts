import { pino, type Logger } from 'pino';
import { createLlmWriter } from '../brief/llm/client.js';
import type { Config } from '../config/schema.js';
import { type Database, openDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { loadKb } from '../kb/load.js';
import { fetchUrl } from '../sources/fetch.js';
import { applySourcesConfig } from '../sources/profile-repo.js';
import { loadSourcesFile } from '../sources/sources-file.js';
import type { PipelineDeps } from './types.js';

export interface Runtime extends PipelineDeps {
  database: Database;
  close(): Promise<void>;
}

/** Logs go to stderr so that `--json` output on stdout stays clean. */
export function createLogger(config: Config): Logger {
  return pino({ level: config.logLevel, base: undefined }, pino.destination(2));
}

/**
 * Opens everything a command needs: the migrated database, reference data, a logger, a fetcher.
 * @example const runtime = await openRuntime(loadConfig()); … await runtime.close();
 */
export async function openRuntime(config: Config, overrides: Partial<PipelineDeps> = {}): Promise<Runtime> {
  const log = overrides.log ?? createLogger(config);
  const kb = overrides.kb ?? loadKb(config.kbDir);
  const sourceProfiles = config.sourcesFile
    ? await loadSourcesFile(config.sourcesFile)
    : new Map<string, never>();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await migrate(database.db);
    if (applied.length) log.info({ applied }, 'database migrated');
    await applySourcesConfig(database.db, sourceProfiles);
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    db: database.db,
    config,
    kb,
    log,
    fetchUrl: overrides.fetchUrl ?? fetchUrl,
    now: overrides.now ?? (() => new Date()),
    writer:
      overrides.writer ??
      (config.llmUrl
        ? createLlmWriter({
            url: config.llmUrl,
            model: config.llmModel,
            key: config.llmKey,
            timeoutMs: config.llmTimeoutMs,
          })
        : undefined),
    database,
    close: () => database.close(),
  };
}

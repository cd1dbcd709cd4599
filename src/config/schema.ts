import { z } from 'zod';

/** A comma-separated list: entries trimmed, empty ones and case-insensitive repeats dropped. */
function commaList(description: string) {
  return z
    .string()
    .default('')
    .transform((value) => {
      const entries = value.split(',').map((entry) => entry.trim());
      return entries.filter(
        (entry, i) => entry !== '' && entries.findIndex((e) => e.toLowerCase() === entry.toLowerCase()) === i,
      );
    })
    .describe(description);
}

/**
 * The whole configuration as one schema: defaults, descriptions, and which values are secret.
 * `docs/config.md` is generated from it (`npm run docs:config`).
 */
export const configSchema = z.object({
  dataDir: z.string().min(1).default('./.newsroom').describe('PGlite data directory.'),
  databaseUrl: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .describe('Server PostgreSQL connection string; when set, used instead of PGlite.'),
  kbDir: z.string().optional().describe('Reference data directory in the shared/kb layout.'),
  port: z.coerce.number().int().min(1).max(65535).default(3000).describe('HTTP port.'),
  host: z.string().default('127.0.0.1').describe('HTTP listen address.'),
  pollMinutes: z.coerce
    .number()
    .min(1)
    .max(1440)
    .default(30)
    .describe('Minutes between polls of a source by `newsroom run`.'),
  fetchTimeoutMs: z.coerce
    .number()
    .int()
    .min(1000)
    .max(120000)
    .default(15000)
    .describe('Timeout of one HTTP fetch in ms.'),
  maxBytes: z.coerce
    .number()
    .int()
    .min(10000)
    .max(100_000_000)
    .default(5_000_000)
    .describe('Largest feed or page accepted, in bytes; larger ones are refused.'),
  allowPrivateAddresses: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Allow fetching from private/loopback addresses.'),
  sourcesFile: z
    .string()
    .optional()
    .describe(
      'JSON file of source profiles, `{ "domain": { "name", "kind", "tier", "reliability" } }` (all optional); wins over the built-in registry, loses to `newsroom sources set`.',
    ),
  llmUrl: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be an http:// or https:// URL')
    .optional()
    .describe(
      'Base URL of an OpenAI-compatible API (e.g. `http://127.0.0.1:8080/v1`); when set, an LLM may rewrite each executive summary from the fact ledger, and sentences that state anything not in the ledger are rejected.',
    ),
  llmModel: z
    .string()
    .min(1)
    .optional()
    .describe('Model name sent to the LLM API; servers that host one model may need none.'),
  llmKey: z.string().optional().describe('API key sent to the LLM API as a bearer token.'),
  llmTimeoutMs: z.coerce
    .number()
    .int()
    .min(1000)
    .max(600_000)
    .default(20000)
    .describe('Timeout of one LLM request in ms; on timeout the deterministic summary is kept.'),
  watchVendors: commaList(
    'Vendors your organisation relies on, comma-separated, case-insensitive (e.g. `Ivanti,Fortinet`): a story naming one as an organisation or in a vulnerability sentence gets full relevance in its priority.',
  ),
  watchProducts: commaList(
    'Products you run, comma-separated, case-insensitive (e.g. `GlobalProtect,NetScaler`): matched in vulnerability and technique sentences; full relevance.',
  ),
  watchSectors: commaList(
    'Sectors you belong to, comma-separated (sector ids or words: `healthcare`, `hospitals`, `finance`): a story about one gets half relevance.',
  ),
  apiToken: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe(
      'Bearer token of the write API (story corrections: `POST /api/stories/:id/merge`, `…/split`, `/api/documents/:id/move`); without it every write answers 403.',
    ),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level.'),
});

export type Config = z.output<typeof configSchema>;

/** Environment variable for each setting. */
export const configEnv = {
  dataDir: 'NEWSROOM_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  kbDir: 'NEWSROOM_KB_DIR',
  port: 'PORT',
  host: 'HOST',
  pollMinutes: 'NEWSROOM_POLL_MINUTES',
  fetchTimeoutMs: 'NEWSROOM_FETCH_TIMEOUT_MS',
  maxBytes: 'NEWSROOM_MAX_BYTES',
  allowPrivateAddresses: 'NEWSROOM_ALLOW_PRIVATE',
  sourcesFile: 'NEWSROOM_SOURCES_FILE',
  watchVendors: 'NEWSROOM_WATCH_VENDORS',
  watchProducts: 'NEWSROOM_WATCH_PRODUCTS',
  watchSectors: 'NEWSROOM_WATCH_SECTORS',
  llmUrl: 'NEWSROOM_LLM_URL',
  llmModel: 'NEWSROOM_LLM_MODEL',
  llmKey: 'NEWSROOM_LLM_KEY',
  llmTimeoutMs: 'NEWSROOM_LLM_TIMEOUT_MS',
  apiToken: 'NEWSROOM_API_TOKEN',
  logLevel: 'LOG_LEVEL',
} as const satisfies Record<keyof Config, string>;

/** Settings masked when the configuration is printed. */
export const secretKeys: ReadonlySet<string> = new Set<keyof Config>(['databaseUrl', 'llmKey', 'apiToken']);

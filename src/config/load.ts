import { NewsroomError } from '../core/errors.js';
import { type Config, configEnv, configSchema, secretKeys } from './schema.js';

type Overrides = Partial<Record<keyof Config, string | number | undefined>>;

/**
 * Reads the configuration once: environment, then explicit overrides (CLI flags) on top.
 * An invalid value is a CONFIG_INVALID error naming the setting and its variable.
 * @example loadConfig(process.env, { port: 8080 }).port // 8080
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Overrides = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(configEnv)) {
    const value = env[variable];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const [key, value] of Object.entries(overrides) as [string, unknown][]) {
    if (value !== undefined) raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => {
        const key = String(issue.path[0] ?? '');
        const variable = configEnv[key as keyof Config] as string | undefined;
        return `${key}${variable ? ` (${variable})` : ''}: ${issue.message}`;
      })
      .join('; ');
    throw new NewsroomError('CONFIG_INVALID', `invalid configuration: ${details}`);
  }
  return parsed.data;
}

/** The configuration with secrets masked, for printing. */
export function maskedConfig(config: Config): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => {
      const masked = secretKeys.has(key) && typeof value === 'string';
      return [key, masked ? '********' : value];
    }),
  );
}

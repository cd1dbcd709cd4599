import { configEnv, configSchema, secretKeys } from './schema.js';

/** docs/config.md, rendered from the schema so the documentation cannot drift from the code. */
export function renderConfigDocs(): string {
  const defaults = configSchema.parse({}) as Record<string, unknown>;
  const rows = Object.entries(configSchema.shape).map(([key, field]) => {
    const value = defaults[key];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    const shown = empty ? '—' : `\`${JSON.stringify(value).replace(/^"|"$/g, '')}\``;
    const secret = secretKeys.has(key) ? ' Secret: masked when printed.' : '';
    return `| \`${configEnv[key as keyof typeof configEnv]}\` | \`${key}\` | ${shown} | ${field.description ?? ''}${secret} |`;
  });
  return `# Configuration

Generated from \`src/config/schema.ts\` by \`npm run docs:config\`. Settings come from the environment;
CLI flags (\`--data-dir\`, \`--kb-dir\`, \`--port\`) override them. An invalid value stops the program with
a message naming the setting and its variable (exit code 78).

| variable | setting | default | meaning |
|---|---|---|---|
${rows.join('\n')}
`;
}

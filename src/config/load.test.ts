import { describe, expect, it } from 'vitest';
import { loadConfig, maskedConfig } from './load.js';

describe('loadConfig', () => {
  it('has defaults', () => {
    expect(loadConfig({})).toMatchObject({
      dataDir: './.newsroom',
      port: 3000,
      maxBytes: 5_000_000,
      allowPrivateAddresses: false,
    });
  });

  it('reads the environment, then overrides', () => {
    const config = loadConfig(
      { NEWSROOM_DATA_DIR: '/data', PORT: '8080', NEWSROOM_ALLOW_PRIVATE: 'true' },
      { port: 9090 },
    );
    expect(config).toMatchObject({ dataDir: '/data', port: 9090, allowPrivateAddresses: true });
  });

  it.each([
    [{ PORT: 'eighty' }, /port \(PORT\)/],
    [{ PORT: '70000' }, /port \(PORT\)/],
    [{ DATABASE_URL: 'mysql://x' }, /databaseUrl \(DATABASE_URL\): must start with postgres/],
    [{ NEWSROOM_MAX_BYTES: '-1' }, /maxBytes \(NEWSROOM_MAX_BYTES\)/],
    [{ LOG_LEVEL: 'loud' }, /logLevel \(LOG_LEVEL\)/],
  ])('rejects %j with a message naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('masks secrets when printed', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://user:secret@db/newsroom' });
    expect(maskedConfig(config).databaseUrl).toBe('********');
    expect(JSON.stringify(maskedConfig(config))).not.toContain('secret');
    const llm = loadConfig({ NEWSROOM_LLM_URL: 'http://127.0.0.1:8080/v1', NEWSROOM_LLM_KEY: 'sk-secret' });
    expect(maskedConfig(llm)).toMatchObject({ llmKey: '********', llmTimeoutMs: 20000 });
    expect(() => loadConfig({ NEWSROOM_LLM_URL: 'ftp://x' })).toThrow(/llmUrl \(NEWSROOM_LLM_URL\)/);
  });
});

describe('docs/config.md', () => {
  it('is generated from the schema and up to date (npm run docs:config)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderConfigDocs } = await import('./docs.js');
    expect(readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8')).toBe(renderConfigDocs());
  });
});

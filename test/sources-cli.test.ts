import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceReport } from '../src/sources/report.js';
import { cliEnv, newsroom } from './cli.js';

describe('newsroom sources set and the sources file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-sources-cli-'));
  const env = cliEnv(join(dir, 'db'));

  it.each([
    [
      ['--tier', 'T9'],
      "option '--tier <tier>' argument 'T9' is invalid. Allowed choices are T1, T2, T3, T4.",
    ],
    [['--reliability', 'Z'], 'Allowed choices are A, B, C, D, E, F.'],
    [
      ['--kind', 'blog'],
      'Allowed choices are news, vendor, government, researcher, aggregator, social, leak-site, local.',
    ],
  ])('refuses %j with the allowed choices', (args, message) => {
    const result = newsroom(['sources', 'set', 'example.com', ...args], env);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(message);
  });

  it('refuses what is not a domain, and a set with nothing to set', () => {
    const bad = newsroom(['sources', 'set', 'not a domain', '--tier', 'T2'], env);
    expect(bad.status).toBe(65);
    expect(bad.stderr).toContain('sources set: not a domain is not a domain');
    const nothing = newsroom(['sources', 'set', 'example.com'], env);
    expect(nothing.status).toBe(65);
    expect(nothing.stderr).toContain('give at least one of --name, --kind, --tier, --reliability');
  });

  it('sets a profile that wins over the sources file, which wins over the built-in table', () => {
    const set = newsroom(
      ['sources', 'set', 'https://www.cisa.gov/news', '--tier', 'T2', '--name', 'CISA'],
      env,
    );
    expect(set.stderr).toBe('');
    expect(set.stdout).toBe('cisa.gov: government T2 A (CISA)\n');
    const file = join(dir, 'sources.json');
    writeFileSync(
      file,
      JSON.stringify({ 'cisa.gov': { tier: 'T4', reliability: 'D' }, 'intel.example': {} }),
    );
    const listed = newsroom(['sources', '--json'], { ...env, NEWSROOM_SOURCES_FILE: file });
    expect(listed.status).toBe(0);
    const { sources } = JSON.parse(listed.stdout) as { sources: SourceReport[] };
    expect(sources.find((s) => s.domain === 'cisa.gov')).toMatchObject({
      name: 'CISA',
      kind: 'government',
      tier: 'T2',
      reliability: 'D',
      health: { status: 'ok', documents: 0 },
    });
    const table = newsroom(['sources'], env).stdout;
    expect(table).toMatch(
      /^source\s+kind\s+tier\s+rel\s+docs\s+first\s+items\/poll\s+dup\s+last item\s+health$/m,
    );
    expect(table).toMatch(/^cisa\.gov\s+government\s+T2\s+A\s+0\s+0\s+-\s+-\s+-\s+ok$/m);
  });

  it('stops with a clear message on an invalid sources file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ 'cisa.gov': { tier: 'T0' } }));
    const result = newsroom(['sources'], { ...env, NEWSROOM_SOURCES_FILE: file });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(
      `invalid sources file (NEWSROOM_SOURCES_FILE) ${file}: cisa.gov.tier: Invalid option`,
    );
  });
});

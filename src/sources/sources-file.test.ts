import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsroomError } from '../core/errors.js';
import { loadSourcesFile } from './sources-file.js';

const dir = mkdtempSync(join(tmpdir(), 'newsroom-sources-file-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadSourcesFile', () => {
  it('reads profiles keyed by domain or URL, resolved to their source domain', async () => {
    const path = file(
      'ok.json',
      JSON.stringify({
        'www.Example.com': { tier: 'T2', reliability: 'B' },
        'https://cert.europa.eu/feed': { name: 'CERT-EU feed' },
        'intel.example.org': { kind: 'researcher', name: '  Intel Desk ' },
      }),
    );
    expect(await loadSourcesFile(path)).toEqual(
      new Map([
        ['example.com', { tier: 'T2', reliability: 'B' }],
        ['cert.europa.eu', { name: 'CERT-EU feed' }],
        ['example.org', { kind: 'researcher', name: 'Intel Desk' }],
      ]),
    );
  });

  it.each([
    ['missing.json', null, /unable to read the file/],
    ['broken.json', '{ "example.com": ', /not JSON/],
    ['list.json', '[]', /expected record/],
    [
      'tier.json',
      '{ "example.com": { "tier": "T9" } }',
      /example\.com\.tier: Invalid option: expected one of "T1"\|"T2"\|"T3"\|"T4"/,
    ],
    ['kind.json', '{ "example.com": { "kind": "blog" } }', /example\.com\.kind: Invalid option/],
    ['extra.json', '{ "example.com": { "score": 3 } }', /example\.com: Unrecognized key: "score"/],
    ['domain.json', '{ "not a domain": { "tier": "T2" } }', /not a domain: not a domain/],
    [
      'twice.json',
      '{ "example.com": {}, "www.example.com": {} }',
      /www\.example\.com: example\.com is given twice/,
    ],
  ])('%s is refused with a clear message', async (name, text, message) => {
    const path = text === null ? join(dir, name) : file(name, text);
    const error = await loadSourcesFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewsroomError);
    expect((error as NewsroomError).code).toBe('CONFIG_INVALID');
    expect((error as NewsroomError).message).toContain(`NEWSROOM_SOURCES_FILE) ${path}`);
    expect((error as NewsroomError).message).toMatch(message);
  });
});

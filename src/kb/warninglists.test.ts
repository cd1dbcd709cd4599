import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWarninglists } from './warninglists.js';

describe('loadWarninglists on a tiny directory', () => {
  it('reads string, hostname and cidr lists, skips abusable and regex lists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-wl-'));
    const lists = join(dir, 'misp-warninglists', 'lists');
    mkdirSync(join(lists, 'vendors'), { recursive: true });
    const write = (path: string, body: object) => {
      writeFileSync(join(lists, path), JSON.stringify(body));
    };
    write('vendors/list.json', { name: 'Vendors', type: 'hostname', list: ['Vendor.com'] });
    write('hashes.json', { name: 'Hashes', type: 'string', list: ['D41D8CD98F00B204E9800998ECF8427E'] });
    write('ranges.json', { name: 'Ranges', type: 'cidr', list: ['45.61.136.0/24', '1.2.3.4', 'bogus/99'] });
    write('dynamic-dns.json', { name: 'DDNS', type: 'hostname', list: ['duckdns.org'] });
    write('regexes.json', { name: 'Regexes', type: 'regex', list: ['/^a/'] });
    const loaded = loadWarninglists(dir);
    expect(Object.fromEntries(loaded.values)).toEqual({
      'vendor.com': 'Vendors',
      d41d8cd98f00b204e9800998ecf8427e: 'Hashes',
      '1.2.3.4': 'Ranges',
    });
    expect(loaded.hostnameSuffixes).toEqual([{ suffix: '.vendor.com', list: 'Vendors' }]);
    expect(loaded.cidrs).toEqual([{ cidr: '45.61.136.0/24', list: 'Ranges' }]);
  });

  it('throws a CONFIG_INVALID error on a list that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-wl-'));
    mkdirSync(join(dir, 'misp-warninglists', 'lists'), { recursive: true });
    writeFileSync(join(dir, 'misp-warninglists', 'lists', 'broken.json'), '{');
    expect(() => loadWarninglists(dir)).toThrow(/unable to read warninglist/);
  });
});

describe.runIf(process.env.NEWSROOM_KB_DIR)('loadWarninglists on the shared KB', () => {
  it('loads the MISP lists quickly with their names', () => {
    const started = performance.now();
    const loaded = loadWarninglists(process.env.NEWSROOM_KB_DIR ?? '');
    const elapsed = performance.now() - started;
    console.info(`warninglists loaded in ${elapsed.toFixed(0)} ms`, {
      values: loaded.values.size,
      suffixes: loaded.hostnameSuffixes.length,
      cidrs: loaded.cidrs.length,
    });
    expect(elapsed).toBeLessThan(2000);
    expect(loaded.values.get('8.8.8.8')).toBe('List of known IPv4 public DNS resolvers');
    expect(loaded.hostnameSuffixes).toContainEqual({
      suffix: '.google.com',
      list: 'List of known google domains',
    });
    expect(loaded.cidrs.some((c) => c.list === 'List of known sinkholes')).toBe(true);
    expect(loaded.cidrs.some((c) => /amazon/i.test(c.list))).toBe(false);
  });
});

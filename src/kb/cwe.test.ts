import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalCweId, loadCwe, parseCsv } from './cwe.js';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,"b, c"\r\n"x ""y""",\n',
      [
        ['a', 'b, c'],
        ['x "y"', ''],
      ],
    ],
    ['"multi\nline",z', [['multi\nline', 'z']]],
    ['', []],
  ])('parses %j', (text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});

describe('canonicalCweId', () => {
  it.each([
    ['79', 'CWE-79'],
    ['CWE-79', 'CWE-79'],
    [' cwe-0798 ', 'CWE-798'],
    ['CWE79', null],
    ['NVD-CWE-Other', null],
  ])('%j → %j', (raw, id) => {
    expect(canonicalCweId(raw)).toBe(id);
  });
});

describe('loadCwe on a small CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-cwe-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads IDs in either form and names with quotes and commas', () => {
    const path = join(dir, 'cwe.csv');
    writeFileSync(
      path,
      [
        'cwe_id,kind,name,abstraction,status,child_of_view1000,description',
        '79,weakness,"Improper Neutralization of Input During Web Page Generation (\'Cross-site Scripting\')",Base,Stable,CWE-74,"Input, unescaped, ends up in a page."',
        'CWE-1392,weakness,Use of Default Credentials,Base,Incomplete,CWE-1391,"Says ""default"" twice,\nover two lines."',
        ',weakness,No ID,Base,Draft,,',
      ].join('\n'),
    );
    const cwe = loadCwe(path);
    expect([...cwe]).toEqual([
      ['CWE-79', "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')"],
      ['CWE-1392', 'Use of Default Credentials'],
    ]);
  });

  it('throws on a file without the expected columns', () => {
    const path = join(dir, 'bad.csv');
    writeFileSync(path, 'id,title\n1,x\n');
    expect(() => loadCwe(path)).toThrow(/no cwe_id\/name columns/);
  });
});

describe.runIf(process.env.NEWSROOM_KB_DIR)('loadCwe on the KB', () => {
  it('loads the full CWE list', () => {
    const cwe = loadCwe(join(process.env.NEWSROOM_KB_DIR ?? '', 'cwe', 'cwe-list-v4.15.csv'));
    expect(cwe.size).toBeGreaterThan(900);
    expect(cwe.get('CWE-798')).toBe('Use of Hard-coded Credentials');
    expect(cwe.get('CWE-22')).toBe(
      "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
    );
  });
});

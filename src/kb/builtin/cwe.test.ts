import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCwe } from '../cwe.js';
import { builtinCwe } from './cwe.js';

describe('builtinCwe', () => {
  it('holds canonical IDs with names, including the CWE Top 25', () => {
    for (const [id, name] of builtinCwe) {
      expect(id).toMatch(/^CWE-[1-9]\d*$/);
      expect(name.length).toBeGreaterThan(3);
    }
    const top25 = [79, 787, 89, 352, 22, 125, 78, 416, 862, 434, 94, 20, 77, 287, 269, 502, 200, 863];
    for (const n of [...top25, 918, 119, 476, 798, 190, 400, 306]) {
      expect(builtinCwe.has(`CWE-${n}`)).toBe(true);
    }
  });

  describe.runIf(process.env.NEWSROOM_KB_DIR)('against the KB', () => {
    it('names every weakness exactly as the CWE list does', () => {
      const kb = loadCwe(join(process.env.NEWSROOM_KB_DIR ?? '', 'cwe', 'cwe-list-v4.15.csv'));
      for (const [id, name] of builtinCwe) expect([id, kb.get(id)]).toEqual([id, name]);
    });
  });
});

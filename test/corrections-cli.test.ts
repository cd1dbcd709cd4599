import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryView } from '../src/brief/types.js';
import type { CorrectionResult } from '../src/stories/corrections.js';
import { cliEnv, newsroom } from './cli.js';
import { writeCorpus } from './corrections-fixture.js';

describe('newsroom story move, merge and split', () => {
  const env = cliEnv(join(mkdtempSync(join(tmpdir(), 'newsroom-corrections-cli-')), 'db'));
  const corpus = writeCorpus();
  const story = (id: number) => {
    const shown = newsroom(['story', String(id), '--json'], env);
    return { ...shown, view: JSON.parse(shown.stdout) as StoryView };
  };

  beforeAll(() => {
    // Documents 1–2: the SecureGate flaw (story 1); 3–4: Northwind Clinic (story 2); 5: Contoso Bank (story 3).
    expect(newsroom(['ingest', corpus.feed], env).stdout).toMatch(/^ingested 5 document\(s\) into 3 story/);
  }, 120_000);

  it('splits documents off to a new story, by the OS user unless --by says who', () => {
    const split = newsroom(
      ['story', 'split', '1', '2', '--by', 'alice', '--reason', 'a different intrusion'],
      env,
    );
    expect(split.stderr).toBe('');
    expect(split.stdout).toBe('document 2 split from story 1 into new story 4 (correction 1 by alice)\n');
    const { view } = story(4);
    const [line] = view.versions[0]?.changes ?? [];
    expect(line).toMatchObject({
      kind: 'corrected',
      correction: { by: 'alice', reason: 'a different intrusion' },
    });
    expect(line?.text).toMatch(/^Split from story 1 by alice: a different intrusion\. Version 1 above/);
    expect(view.versions[1]?.changes.every((c) => c.kind === 'inherited')).toBe(true);
    const moved = newsroom(['story', 'move', '4', 'new', '--reason', 'another clinic', '--json'], env);
    const result = JSON.parse(moved.stdout) as CorrectionResult;
    expect(result).toMatchObject({
      kind: 'move',
      document: 4,
      from: 2,
      to: 5,
      created: true,
      reason: 'another clinic',
    });
    expect(result.by).not.toBe('');
  }, 90_000);

  it('merges a story into another; the merged id says where it went', () => {
    const merged = newsroom(['story', 'merge', '2', '5', '--by', 'bob', '--reason', 'same attack'], env);
    expect(merged.stdout).toBe(
      'story 5 merged into story 2; story 5 now redirects to story 2 (correction 3 by bob)\n',
    );
    const shown = story(5);
    expect(shown.stderr).toBe('story 5 was merged into story 2\n');
    expect(shown.view.versions[0]?.changes[0]?.text).toBe('Story 5 merged into this one by bob: same attack');
  }, 60_000);

  // Each refusal is one process; the API tests (corrections.test.ts) cover every refusal in-process.
  it.each([
    [['move', '99', 'new', '--reason', 'x'], 66, 'document 99 does not exist'],
    [['merge', '2', '3'], 65, 'story merge: --reason is required'],
    [['move', 'four', 'new', '--reason', 'x'], 65, 'document id must be a positive integer, not four'],
  ])(
    'refuses story %j (exit %i)',
    (args, status, message) => {
      const refused = newsroom(['story', ...args], env);
      expect(refused.status).toBe(status);
      expect(refused.stderr).toContain(`newsroom: ${message}`);
    },
    90_000,
  );
});

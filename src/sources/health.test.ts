import { describe, expect, it } from 'vitest';
import { type HealthInput, assessHealth, describeSpan } from './health.js';

const now = new Date('2025-11-01T00:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

const base: HealthInput = {
  polled: true,
  lastSuccess: hoursAgo(1),
  consecutiveErrors: 0,
  lastError: null,
  itemsPerPoll: 2,
  ingested: 30,
  duplicates: 10,
  documents: 30,
  firstToReport: 4,
  lastPublished: daysAgo(1),
  recentPublished: [1, 3, 5, 7, 9].map(daysAgo),
};

describe('assessHealth', () => {
  it.each<[string, Partial<HealthInput>, string, string | null]>([
    ['a healthy feed', {}, 'ok', null],
    ['two errors are not yet failing', { consecutiveErrors: 2, lastError: 'HTTP 500' }, 'ok', null],
    [
      'failing after three consecutive errors',
      { consecutiveErrors: 4, lastError: 'https://x.example/feed.xml: HTTP 404 Not Found' },
      'failing',
      'failing: 4 consecutive errors, last: https://x.example/feed.xml: HTTP 404 Not Found',
    ],
    [
      'silent past three times its usual gap',
      { lastPublished: daysAgo(9), recentPublished: [9, 11, 13, 15, 17].map(daysAgo) },
      'silent',
      'silent: no new item for 9 days; usually every 2 days',
    ],
    [
      'quiet but within its cadence',
      { lastPublished: daysAgo(5), recentPublished: [5, 7, 9, 11].map(daysAgo) },
      'ok',
      null,
    ],
    [
      'an hourly source is not silent before the two-day floor',
      { lastPublished: hoursAgo(30), recentPublished: [30, 31, 32, 33, 34].map(hoursAgo) },
      'ok',
      null,
    ],
    [
      'an hourly source is silent after it',
      { lastPublished: hoursAgo(50), recentPublished: [50, 51, 52, 53, 54].map(hoursAgo) },
      'silent',
      'silent: no new item for 2 days; usually every hour',
    ],
    [
      'items published together do not make the cadence zero',
      { lastPublished: daysAgo(3), recentPublished: [3, 3, 3, 4, 4, 5, 6].map(daysAgo) },
      'ok',
      null,
    ],
    [
      'too few dated items to know a cadence',
      { lastPublished: daysAgo(60), recentPublished: [60, 62, 64].map(daysAgo) },
      'ok',
      null,
    ],
    [
      'a source that is not polled never fails or falls silent',
      { polled: false, consecutiveErrors: 9, recentPublished: [90, 92, 94, 96].map(daysAgo) },
      'ok',
      null,
    ],
    [
      'future-dated items are ignored',
      { recentPublished: [-3, 20, 22, 24, 26].map(daysAgo) },
      'silent',
      'silent: no new item for 20 days; usually every 2 days',
    ],
    [
      'failing and silent at once',
      {
        consecutiveErrors: 3,
        lastError: 'timeout',
        recentPublished: [12, 13, 14, 15].map(daysAgo),
      },
      'failing',
      'failing: 3 consecutive errors, last: timeout; silent: no new item for 12 days; usually every day',
    ],
  ])('%s', (_name, input, status, reason) => {
    const health = assessHealth({ ...base, ...input }, now);
    expect(health.status).toBe(status);
    expect(health.reason).toBe(reason);
  });

  it('reports the counters, the duplicate ratio and the usual gap', () => {
    expect(assessHealth(base, now)).toEqual({
      status: 'ok',
      reason: null,
      lastSuccess: '2025-10-31T23:00:00.000Z',
      consecutiveErrors: 0,
      lastError: null,
      itemsPerPoll: 2,
      duplicateRatio: 0.25,
      firstToReport: 4,
      documents: 30,
      lastPublished: '2025-10-31T00:00:00.000Z',
      usualGapHours: 48,
    });
  });

  it('has no duplicate ratio or cadence before anything came in', () => {
    const health = assessHealth(
      { ...base, ingested: 0, duplicates: 0, itemsPerPoll: null, recentPublished: [], lastPublished: null },
      now,
    );
    expect(health).toMatchObject({ duplicateRatio: null, itemsPerPoll: null, usualGapHours: null });
  });

  it('shortens a long error message to one line', () => {
    const health = assessHealth({ ...base, consecutiveErrors: 5, lastError: `bad\n${'x'.repeat(500)}` }, now);
    expect(health.reason?.length).toBeLessThan(220);
    expect(health.reason).not.toContain('\n');
  });
});

describe('describeSpan', () => {
  it.each([
    [20_000, 1, 'minute'],
    [45 * 60_000, 45, 'minute'],
    [6 * 3_600_000, 6, 'hour'],
    [23 * 3_600_000, 23, 'hour'],
    [24 * 3_600_000, 1, 'day'],
    [35 * 3_600_000, 1, 'day'],
    [9 * 86_400_000, 9, 'day'],
  ])('%d ms → %d %s', (ms, count, unit) => {
    expect(describeSpan(ms)).toEqual({ count, unit });
  });
});

import type { Kysely } from 'kysely';
import { NewsroomError } from '../core/errors.js';
import type { DB } from '../db/schema.js';
import { type SourceHealth, assessHealth } from './health.js';
import { firstToReportCounts, recentPublished, runStats } from './health-repo.js';
import { listFeeds, listSources, type SourceRow } from './repo.js';

/** One source as `newsroom sources --json` and `GET /api/sources` show it. */
export interface SourceReport extends SourceRow {
  feeds: number;
  health: SourceHealth;
}

type FeedRow = Awaited<ReturnType<typeof listFeeds>>[number];

/** The feeds of one source as one: latest success, and the worst error streak with its message. */
function feedState(feeds: FeedRow[]) {
  const worst = feeds.reduce<FeedRow | null>(
    (best, feed) => (best && best.consecutive_errors >= feed.consecutive_errors ? best : feed),
    null,
  );
  const successes = feeds.flatMap((feed) => (feed.last_success_at ? [feed.last_success_at.getTime()] : []));
  return {
    lastSuccess: successes.length ? new Date(Math.max(...successes)) : null,
    consecutiveErrors: worst?.consecutive_errors ?? 0,
    lastError: worst?.consecutive_errors ? worst.last_error : null,
  };
}

/**
 * Every source with its profile and health at `now`, flagged ones first, then by domain.
 * @example const reports = await sourceReports(db, new Date());
 */
export async function sourceReports(db: Kysely<DB>, now: Date): Promise<SourceReport[]> {
  try {
    const [sources, feeds, runs, firsts, recent] = await Promise.all([
      listSources(db),
      listFeeds(db),
      runStats(db),
      firstToReportCounts(db),
      recentPublished(db),
    ]);
    const runsByDomain = new Map(runs.map((run) => [run.domain, run]));
    const reports = sources.map((source): SourceReport => {
      const own = feeds.filter((feed) => feed.source_id === source.id);
      const run = runsByDomain.get(source.domain);
      const lastPublished = source.last_published === null ? null : new Date(source.last_published);
      const health = assessHealth(
        {
          polled: own.length > 0,
          ...feedState(own),
          itemsPerPoll: run?.itemsPerPoll ?? null,
          ingested: run?.ingested ?? 0,
          duplicates: run?.duplicates ?? 0,
          documents: Number(source.documents),
          firstToReport: firsts.get(source.id) ?? 0,
          lastPublished,
          recentPublished: recent.get(source.id) ?? [],
        },
        now,
      );
      const { id, domain, name, kind, tier, reliability } = source;
      return { id, domain, name, kind, tier, reliability, feeds: own.length, health };
    });
    const flagged = (report: SourceReport) => (report.health.status === 'ok' ? 1 : 0);
    return reports.sort((a, b) => flagged(a) - flagged(b) || a.domain.localeCompare(b.domain));
  } catch (cause) {
    throw new NewsroomError('STORAGE', 'sources: unable to compute source health', { cause });
  }
}

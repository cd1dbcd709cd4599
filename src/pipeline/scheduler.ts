import { describeError } from '../core/errors.js';
import { dueFeeds } from '../sources/repo.js';
import { runPipeline } from './index.js';
import type { PipelineDeps } from './types.js';

/**
 * Polls due feeds (conditional GET) every `tickMs`, one run at a time. Returns a stop function that
 * waits for the current run to finish.
 */
export function startScheduler(deps: PipelineDeps, tickMs = 30_000): () => Promise<void> {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      try {
        const feeds = await dueFeeds(deps.db, deps.now());
        if (feeds.length === 0) return;
        const summary = await runPipeline(
          feeds.map((feed) => feed.url),
          deps,
        );
        deps.log.info(
          { feeds: feeds.length, ingested: summary.ingested.length, errors: summary.errors.length },
          'poll finished',
        );
      } catch (error) {
        deps.log.error({ error: describeError(error) }, 'poll failed');
      } finally {
        running = null;
      }
    })();
  };
  tick();
  const timer = setInterval(tick, tickMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}

import { describeError } from '../../core/errors.js';
import { decodeText } from '../../sources/decode.js';
import { parseFeedText } from '../../sources/feed.js';
import { fragmentText } from '../../sources/html.js';
import { logIngest } from '../../sources/repo.js';
import { textPublished } from '../../sources/text-meta.js';
import type { Candidate, IngestContext, PipelineDeps, Resource, Stage } from '../types.js';

/** A feed item whose content has at least this much text is taken as the full article. */
const fullArticleChars = 600;

async function fetchPage(url: string, deps: PipelineDeps): Promise<string> {
  const result = await deps.fetchUrl(url, {
    timeoutMs: deps.config.fetchTimeoutMs,
    maxBytes: deps.config.maxBytes,
    allowPrivateAddresses: deps.config.allowPrivateAddresses,
  });
  if (result.status !== 'ok') throw new Error(`${url}: no content`);
  return decodeText(result.body, result.contentType).text;
}

async function feedCandidates(
  resource: Resource,
  context: IngestContext,
  deps: PipelineDeps,
): Promise<Candidate[]> {
  const feed = parseFeedText(resource.body);
  const candidates: Candidate[] = [];
  for (const item of feed.items) {
    const base = {
      location: `${resource.location}#${item.url ?? item.title}`,
      url: item.url,
      title: item.title || null,
      published: item.published,
      author: item.author,
      feedId: resource.feedId,
      sourceName: feed.title,
    };
    const content = item.contentHtml ?? '';
    const isFull = content && fragmentText(content).length >= fullArticleChars;
    if (isFull || !item.url || !/^https?:/i.test(item.url)) {
      const html = content || item.summaryHtml;
      if (!html) {
        context.errors.push({
          location: base.location,
          message: 'feed item has no content and no link to fetch',
        });
        continue;
      }
      candidates.push({ ...base, fragmentHtml: html });
      continue;
    }
    try {
      candidates.push({ ...base, pageHtml: await fetchPage(item.url, deps) });
    } catch (error) {
      const fallback = content || item.summaryHtml;
      const message = `article page could not be fetched (${describeError(error)})`;
      if (!fallback) {
        context.errors.push({ location: item.url, message });
        await logIngest(deps.db, { location: item.url, feedId: resource.feedId, status: 'error', message });
        continue;
      }
      deps.log.warn({ url: item.url }, `${message}; using the feed's summary`);
      candidates.push({ ...base, fragmentHtml: fallback });
    }
  }
  return candidates;
}

/** parse: feeds into items, pages and texts into one candidate each. */
export const parseStage: Stage = {
  name: 'parse',
  async run(context: IngestContext, deps: PipelineDeps) {
    for (const resource of context.resources) {
      try {
        if (resource.format === 'feed') {
          context.candidates.push(...(await feedCandidates(resource, context, deps)));
        } else {
          context.candidates.push({
            location: resource.location,
            url: resource.url,
            title: null,
            published: resource.format === 'html' ? null : textPublished(resource.body),
            author: null,
            feedId: resource.feedId,
            sourceName: null,
            ...(resource.format === 'html' ? { pageHtml: resource.body } : { text: resource.body }),
          });
        }
      } catch (error) {
        const message = describeError(error);
        context.errors.push({ location: resource.location, message });
        await logIngest(deps.db, {
          location: resource.location,
          feedId: resource.feedId,
          status: 'error',
          message,
        });
      }
    }
  },
};

import { sha256Hex } from '../../core/hash.js';
import { findDuplicate } from '../../documents/repo.js';
import { extractArticle, fragmentText } from '../../sources/html.js';
import { logIngest } from '../../sources/repo.js';
import { canonicalUrl, sourceDomain } from '../../sources/url.js';
import type { Candidate, IngestContext, NormalDocument, PipelineDeps, Stage } from '../types.js';

/** Below this many characters of text there is no article to analyse. */
const minTextChars = 80;

function plainText(text: string): { title: string; text: string } {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  const firstLine = clean.split('\n', 1)[0]?.trim() ?? '';
  return { title: firstLine.slice(0, 200), text: clean };
}

function normalise(candidate: Candidate): NormalDocument | string {
  let title = candidate.title;
  let published = candidate.published;
  let author = candidate.author;
  let language: string | null = null;
  let url = candidate.url;
  let text: string;
  if (candidate.pageHtml !== undefined) {
    const article = extractArticle(candidate.pageHtml, candidate.url ?? undefined);
    text = article.text;
    title = title ?? article.title;
    published = published ?? article.published;
    author = author ?? article.author;
    language = article.language;
    url = article.canonicalUrl ?? url;
  } else if (candidate.fragmentHtml !== undefined) {
    text = fragmentText(candidate.fragmentHtml);
  } else {
    const plain = plainText(candidate.text ?? '');
    text = plain.text;
    title = title ?? plain.title;
  }
  const canonical = url ? canonicalUrl(url) : null;
  if (!canonical) return 'no usable URL for the article';
  if (text.length < minTextChars) return `no article text found (${text.length} characters)`;
  return {
    location: candidate.location,
    url: canonical,
    domain: sourceDomain(canonical),
    sourceName: candidate.sourceName,
    title: (title ?? '').trim() || text.slice(0, 80),
    published,
    author,
    language,
    text,
    contentHash: sha256Hex(text.replace(/\s+/g, ' ').trim()),
    feedId: candidate.feedId,
  };
}

/** normalise: clean text, canonical URL, content hash; exact duplicates (stored or in this batch) stop here. */
export const normaliseStage: Stage = {
  name: 'normalise',
  async run(context: IngestContext, deps: PipelineDeps) {
    const seenUrls = new Set<string>();
    const seenHashes = new Set<string>();
    for (const candidate of context.candidates) {
      const result = normalise(candidate);
      if (typeof result === 'string') {
        context.errors.push({ location: candidate.location, message: result });
        await logIngest(deps.db, {
          location: candidate.location,
          feedId: candidate.feedId,
          status: 'error',
          message: result,
        });
        continue;
      }
      const inBatch = seenUrls.has(result.url) || seenHashes.has(result.contentHash);
      const stored = inBatch ? null : await findDuplicate(deps.db, result.url, result.contentHash);
      if (inBatch || stored) {
        const message = `already ingested as ${stored?.url ?? result.url}`;
        context.duplicates.push({ location: result.url, message });
        continue;
      }
      seenUrls.add(result.url);
      seenHashes.add(result.contentHash);
      context.documents.push(result);
    }
  },
};

import { parseFeed } from 'feedsmith';
import { NewsroomError, describeError } from '../core/errors.js';
import { isoDate } from './html.js';

export interface FeedItem {
  url: string | null;
  title: string;
  published: string | null;
  author: string | null;
  /** Full content HTML when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
  /** Summary or description HTML. */
  summaryHtml: string | null;
}

export interface ParsedFeed {
  format: string;
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

type Loose = Record<string, unknown> | undefined;

/** feedsmith gives text either as a string or as `{ value }` (Atom text constructs). */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value) return text(value.value);
  return null;
}

function first(values: unknown): unknown {
  return Array.isArray(values) ? (values[0] as unknown) : undefined;
}

function nameOf(values: unknown): string | null {
  const person = first(values);
  return person && typeof person === 'object' && 'name' in person ? text(person.name) : null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const typed = links as { href?: string; rel?: string }[];
  return (typed.find((link) => !link.rel || link.rel === 'alternate') ?? typed[0])?.href ?? null;
}

function normaliseItem(format: string, item: Record<string, unknown>): FeedItem {
  const dc = item.dc as Loose;
  const content = item.content as Loose;
  const dcDate = text(dc?.date) ?? text(first(dc?.dates));
  const dcCreator = text(dc?.creator) ?? text(first(dc?.creators));
  switch (format) {
    case 'atom':
      return {
        url: atomLink(item.links),
        title: text(item.title) ?? '',
        published: isoDate(text(item.published) ?? text(item.updated) ?? dcDate),
        author: nameOf(item.authors) ?? dcCreator,
        contentHtml: text(item.content),
        summaryHtml: text(item.summary),
      };
    case 'json':
      return {
        url: text(item.url) ?? text(item.external_url),
        title: text(item.title) ?? '',
        published: isoDate(text(item.date_published) ?? text(item.date_modified)),
        author: nameOf(item.authors),
        contentHtml: text(item.content_html) ?? text(item.content_text),
        summaryHtml: text(item.summary),
      };
    default:
      return {
        url: text(item.link) ?? text((item.guid as Loose)?.value),
        title: text(item.title) ?? '',
        published: isoDate(text(item.pubDate) ?? dcDate),
        author: text(item.author) ?? dcCreator,
        contentHtml: text(content?.encoded),
        summaryHtml: text(item.description),
      };
  }
}

const rdfSeq = /<items>[\s\S]*?<\/items>/;

/**
 * feedsmith keeps only the RDF items its `<rdf:Seq>` lists and misses those whose `rdf:about` holds
 * an escaped `&amp;`; without the Seq it reads every `<item>`. Use that when it yields more.
 */
function withoutRdfSeq<T extends { feed: Record<string, unknown> }>(body: string, parsed: T): T {
  try {
    const again = parseFeed(body.replace(rdfSeq, '')) as unknown as T;
    const count = (value: T) => (Array.isArray(value.feed.items) ? value.feed.items.length : 0);
    return count(again) > count(parsed) ? again : parsed;
  } catch {
    return parsed;
  }
}

/**
 * Parses RSS 0.9x/2.0, Atom, RDF (RSS 1.0) and JSON Feed into one item shape. XML entities are
 * never expanded. A document that is not a feed is a BAD_INPUT error with the parser's reason.
 * @example parseFeedText('<rss version="2.0"><channel><item><title>A</title></item></channel></rss>').items.length // 1
 */
export function parseFeedText(body: string): ParsedFeed {
  let parsed: { format: string; feed: Record<string, unknown> };
  try {
    const input: unknown = body.trimStart().startsWith('{') ? JSON.parse(body) : body;
    const result: unknown = parseFeed(input);
    parsed = result as typeof parsed;
  } catch (cause) {
    throw new NewsroomError('BAD_INPUT', `not a readable feed (${describeError(cause)})`, { cause });
  }
  if (parsed.format === 'rdf' && rdfSeq.test(body)) parsed = withoutRdfSeq(body, parsed);
  const { format, feed } = parsed;
  const rawItems = (format === 'atom' ? feed.entries : feed.items) as Record<string, unknown>[] | undefined;
  const link = format === 'atom' ? atomLink(feed.links) : (text(feed.link) ?? text(feed.home_page_url));
  return {
    format,
    title: text(feed.title),
    link,
    items: (rawItems ?? []).map((item) => normaliseItem(format, item)),
  };
}

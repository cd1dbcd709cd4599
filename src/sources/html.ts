import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type DomElement, domToText, removeBoilerplate } from './html-text.js';

export interface Article {
  title: string;
  text: string;
  /** From `<link rel=canonical>` or `og:url`, absolute; null when the page names none. */
  canonicalUrl: string | null;
  /** ISO timestamp from `article:published_time`, other date metas or `<time datetime>`. */
  published: string | null;
  author: string | null;
  language: string | null;
}

type Doc = {
  title: string;
  documentElement: DomElement;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
};

function attr(doc: Doc, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** A date string to ISO, or null when it does not parse. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

function parseDocument(html: string): Doc {
  const { document } = parseHTML(
    html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`,
  );
  return document as unknown as Doc;
}

/**
 * The article in a full HTML page: metadata from the head, main text via Readability after page
 * furniture (nav, footer, share bars, cookie banners, related rails) is removed.
 * @example extractArticle('<html><head><title>T</title></head><body><article><p>Hi</p></article></body></html>').text // 'Hi'
 */
export function extractArticle(html: string, baseUrl?: string): Article {
  const doc = parseDocument(html);
  const title =
    attr(doc, 'meta[property="og:title"]', 'content') ??
    (doc.title.trim() || null) ??
    doc.querySelector('h1')?.textContent?.trim() ??
    '';
  const canonicalUrl = absolute(
    attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content'),
    baseUrl,
  );
  const published = isoDate(
    attr(doc, 'meta[property="article:published_time"]', 'content') ??
      attr(doc, 'meta[name="date"]', 'content') ??
      attr(doc, 'meta[itemprop="datePublished"]', 'content') ??
      attr(doc, 'time[datetime]', 'datetime'),
  );
  const author =
    attr(doc, 'meta[name="author"]', 'content') ?? attr(doc, 'meta[property="article:author"]', 'content');
  const language = doc.documentElement.getAttribute('lang');
  const keep = doc.querySelector('article') ?? doc.querySelector('main');
  removeBoilerplate(doc.documentElement, keep);
  const fallback = domToText(keep ?? doc.body ?? doc.documentElement);
  let text = fallback;
  try {
    const parsed = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
    if (parsed?.content) {
      const readable = domToText(
        parseDocument(parsed.content).body ?? parseDocument(parsed.content).documentElement,
      );
      if (readable.length >= fallback.length * 0.6) text = readable;
    }
  } catch {
    text = fallback;
  }
  return { title: collapseTitle(title), text, canonicalUrl, published, author, language };
}

function collapseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * Clean text of an HTML fragment (a feed item's content): furniture removed, no Readability.
 * @example fragmentText('<p>One</p><nav>Home</nav><p>Two</p>') // 'One\n\nTwo'
 */
export function fragmentText(html: string): string {
  const doc = parseDocument(html);
  const root = doc.body ?? doc.documentElement;
  removeBoilerplate(root, doc.querySelector('article'));
  return domToText(root);
}

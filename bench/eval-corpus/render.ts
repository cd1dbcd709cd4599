/**
 * Renders the evaluation corpus as a publisher would serve it: each article becomes an HTML page
 * with its publisher's navigation, cookie banner, related links (the publisher's other headlines,
 * about other events), newsletter box and footer, plus the publisher's standing in-body boilerplate
 * (TLP markings and contact lines for agencies, "About us" for vendors, tip lines for newsrooms).
 * Choices are deterministic (hashed from the article id), so every run renders the same pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventArticle, EventFile } from './schema.js';

export interface Publisher {
  domain: string;
  name: string;
  kind: string;
  tier: string;
  reliability: string;
}

export function loadPublishers(): Map<string, Publisher> {
  const raw = JSON.parse(readFileSync(new URL('./publishers.json', import.meta.url), 'utf8')) as Record<
    string,
    Publisher | string
  >;
  return new Map(
    Object.entries(raw).filter(
      (e): e is [string, Publisher] => typeof e[1] === 'object' && !e[0].startsWith('_'),
    ),
  );
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pick(seed: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/** The in-body lines a publisher prints on every article: above the text and below it. */
function standing(key: string, p: Publisher, a: EventArticle): { before: string[]; after: string[] } {
  const ref = `${p.name
    .split(' ')
    .map((w) => w[0])
    .join('')}-${a.published.slice(0, 4)}-${(pick(a.id, 900) + 100).toString()}`;
  switch (p.kind) {
    case 'government':
      return {
        before: [
          `TLP:CLEAR — Disclosure is not limited. ${p.name} reference ${ref}.`,
          `${p.name} released this product to help network defenders. Recipients may share it without restriction.`,
        ],
        after: [
          `Reporting: organisations that observe related activity are asked to contact the ${p.name} 24/7 operations centre at report@${p.domain} or +1 555 0100, and their national CERT.`,
          `Disclaimer: the information in this product is provided "as is" for informational purposes only. ${p.name} does not endorse any commercial product or service referenced in it.`,
          'TLP:CLEAR',
        ],
      };
    case 'vendor':
      return {
        before: [],
        after: [
          `${p.name} customers are protected against the activity described here through our managed detection service; indicators have been added to our threat feed.`,
          `About ${p.name}: ${p.name} tracks criminal and state-sponsored intrusion activity worldwide and publishes research to help defenders. Contact research@${p.domain} with questions about this report.`,
        ],
      };
    case 'aggregator':
      return {
        before: [
          `This is the ${p.name}, the security week in short. Forward it to a colleague who needs it.`,
        ],
        after: [
          `You are receiving the ${p.name} because you subscribed at ${p.domain}. Unsubscribe or manage your preferences at any time.`,
        ],
      };
    case 'researcher':
      return {
        before: [],
        after: ['Views are my own and not those of my employer. Comments are open on the fediverse.'],
      };
    default:
      if (key === 'corpwire')
        return {
          before: [],
          after: [
            `Distributed by ${p.name}. ${p.name} is not responsible for the content of releases issued by its customers.`,
            'Media contact: press office, +1 555 0199.',
          ],
        };
      return {
        before: [],
        after: [
          `Have a tip about a breach or a vulnerability? Contact the ${p.name} newsroom securely at tips@${p.domain}.`,
        ],
      };
  }
}

const cookie = [
  'We use cookies to improve your experience and to measure our audience. Accept all · Reject non-essential · Settings',
  'This site uses cookies. By continuing to browse you agree to our use of cookies.',
];
const newsletter = [
  'Get the daily briefing in your inbox. Subscribe — it is free.',
  'Sign up for our newsletter: the week’s most important security stories every Friday.',
];

function paragraph(text: string): string {
  if (/^[-•*] /.test(text)) return `<ul><li>${escape(text.replace(/^[-•*] /, ''))}</li></ul>`;
  if (text.includes(' | ')) {
    const cells = text.split(' | ').map((c) => `<td>${escape(c.trim())}</td>`);
    return `<table><tr>${cells.join('')}</tr></table>`;
  }
  if (/^(?:Image|Photo|Figure): /.test(text))
    return `<figure><figcaption>${escape(text)}</figcaption></figure>`;
  if (text.length < 70 && !/[.!?]$/.test(text)) return `<h2>${escape(text)}</h2>`;
  return `<p>${escape(text)}</p>`;
}

/** The URL an article is published at. */
export function articleUrl(a: EventArticle, p: Publisher): string {
  return `https://${p.domain}/${a.published.slice(0, 4)}/${a.published.slice(5, 7)}/${a.slug}`;
}

/** One article as its publisher's page. `related` are the publisher's other headlines. */
export function renderPage(
  a: EventArticle,
  key: string,
  p: Publisher,
  related: readonly EventArticle[],
): string {
  const url = articleUrl(a, p);
  const { before, after } = standing(key, p, a);
  const links = related
    .filter((r) => r.id !== a.id)
    .slice(pick(a.id, 3), pick(a.id, 3) + 4)
    .map((r) => `<li><a href="${escape(articleUrl(r, p))}">${escape(r.title)}</a></li>`)
    .join('');
  const body = [...before, ...a.paragraphs, ...after].map(paragraph).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escape(a.title)} | ${escape(p.name)}</title>
<link rel="canonical" href="${escape(url)}">
<meta property="og:site_name" content="${escape(p.name)}">
<meta property="og:title" content="${escape(a.title)}">
<meta property="article:published_time" content="${escape(a.published)}">
</head><body>
<div class="cookie-banner" role="dialog">${escape(cookie[pick(a.id + 'c', cookie.length)] ?? '')}</div>
<header><nav><a href="/">${escape(p.name)}</a> <a href="/news">News</a> <a href="/research">Research</a> <a href="/advisories">Advisories</a> <a href="/events">Events</a> <a href="/subscribe">Subscribe</a></nav></header>
<main>
<article>
<h1>${escape(a.title)}</h1>
<div class="byline"><time datetime="${escape(a.published)}">${escape(a.published.slice(0, 10))}</time> · ${escape(p.name)}</div>
<div class="share">Share: X · LinkedIn · Mastodon · Email</div>
${body}
</article>
<aside class="related"><h3>Related stories</h3><ul>${links}</ul></aside>
<aside class="newsletter">${escape(newsletter[pick(a.id + 'n', newsletter.length)] ?? '')}</aside>
</main>
<footer><p>© ${a.published.slice(0, 4)} ${escape(p.name)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
`;
}

export interface RenderedArticle {
  article: EventArticle;
  event: EventFile;
  publisher: Publisher;
  url: string;
  file: string;
}

/**
 * Writes the pages of `events` into `dir/pages` (one file per article, named so that a directory
 * ingest takes them in publication order) and `dir/sources.json`; returns them in publication order.
 */
export function renderCorpus(
  events: readonly EventFile[],
  dir: string,
  extra: ReadonlyMap<string, Publisher> = new Map(),
): { pages: RenderedArticle[]; sourcesFile: string } {
  const publishers = new Map([...loadPublishers(), ...extra]);
  const pagesDir = join(dir, 'pages');
  mkdirSync(pagesDir, { recursive: true });
  const all = events.flatMap((event) => event.articles.map((article) => ({ article, event })));
  all.sort(
    (x, y) =>
      x.article.published.localeCompare(y.article.published) || x.article.id.localeCompare(y.article.id),
  );
  const byPublisher = new Map<string, EventArticle[]>();
  for (const { article } of all)
    byPublisher.set(article.publisher, [...(byPublisher.get(article.publisher) ?? []), article]);
  const pages = all.map(({ article, event }, i): RenderedArticle => {
    const publisher = publishers.get(article.publisher);
    if (!publisher) throw new Error(`unknown publisher ${article.publisher} in ${article.id}`);
    const file = join(pagesDir, `${String(i).padStart(4, '0')}-${article.id}.html`);
    writeFileSync(
      file,
      renderPage(article, article.publisher, publisher, byPublisher.get(article.publisher) ?? []),
    );
    return { article, event, publisher, url: articleUrl(article, publisher), file };
  });
  const sources = Object.fromEntries(
    [...publishers.values()].map((p) => [
      p.domain,
      { name: p.name, kind: p.kind, tier: p.tier, reliability: p.reliability },
    ]),
  );
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify(sources, null, 2));
  return { pages, sourcesFile };
}

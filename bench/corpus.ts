import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoDir } from '../src/cli/demo.js';
import { parseFeedText } from '../src/sources/feed.js';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes the demo corpus's feed items, repeated until `total` documents, as RSS files of
 * `perFeed` items. Each copy gets its own URL and a line of its own, so none is a duplicate.
 */
export function writeRepeatedCorpus(dir: string, total: number, perFeed = 100): string[] {
  mkdirSync(dir, { recursive: true });
  const feedsDir = join(demoDir, 'feeds');
  const items = readdirSync(feedsDir).flatMap(
    (file) => parseFeedText(readFileSync(join(feedsDir, file), 'utf8')).items,
  );
  const files: string[] = [];
  for (let feed = 0; feed * perFeed < total; feed++) {
    const entries: string[] = [];
    for (let n = feed * perFeed; n < Math.min(total, (feed + 1) * perFeed); n++) {
      const item = items[n % items.length];
      if (!item?.url) continue;
      const url = `${item.url.split('?')[0] ?? item.url}?copy=${n}`;
      const content = `${item.contentHtml ?? item.summaryHtml ?? ''}<p>Bench copy ${n}.</p>`;
      entries.push(
        `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(url)}</link>` +
          `<pubDate>${new Date(item.published ?? '2024-01-01').toUTCString()}</pubDate>` +
          `<content:encoded><![CDATA[${content.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]></content:encoded></item>`,
      );
    }
    const file = join(dir, `bench-${String(feed).padStart(3, '0')}.rss.xml`);
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench ${feed}</title><link>https://bench.example.org/</link>${entries.join('')}</channel></rss>`,
    );
    files.push(file);
  }
  return files;
}

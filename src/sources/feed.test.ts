import { describe, expect, it } from 'vitest';
import { parseFeedText } from './feed.js';

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire</title><link>https://wire.example.org/</link>
<item><title>First</title><link>https://wire.example.org/a?utm_source=rss</link>
<pubDate>Tue, 20 Feb 2024 07:45:00 GMT</pubDate><dc:creator>A. Writer</dc:creator>
<description>Short</description><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title><id>urn:x</id><updated>2024-01-19T16:00:00Z</updated>
<link rel="alternate" href="https://agency.example.org/"/>
<entry><title>Advisory</title><id>urn:1</id><link rel="alternate" href="https://agency.example.org/a/1"/>
<published>2024-01-19T16:00:00Z</published><updated>2024-02-01T10:00:00Z</updated>
<author><name>Desk</name></author><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`;

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://digest.example.net/"><title>Digest</title><link>https://digest.example.net/</link></channel>
<item rdf:about="https://digest.example.net/1"><title>One</title><link>https://digest.example.net/1</link><dc:date>2023-09-28T07:00:00Z</dc:date><description>D</description></item>
</rdf:RDF>`;

const json = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Labs',
  home_page_url: 'https://labs.example.io/',
  items: [
    {
      id: '1',
      url: 'https://labs.example.io/p/1',
      title: 'Post',
      date_published: '2024-04-01T10:00:00Z',
      authors: [{ name: 'R' }],
      content_html: '<p>Hi</p>',
    },
  ],
});

describe('parseFeedText', () => {
  it('reads RSS 2.0 with content:encoded, dc:creator and an RFC 822 date', () => {
    const feed = parseFeedText(rss);
    expect(feed).toMatchObject({ format: 'rss', title: 'Wire', link: 'https://wire.example.org/' });
    expect(feed.items).toEqual([
      {
        url: 'https://wire.example.org/a?utm_source=rss',
        title: 'First',
        published: '2024-02-20T07:45:00.000Z',
        author: 'A. Writer',
        contentHtml: '<p>Full text</p>',
        summaryHtml: 'Short',
      },
    ]);
  });

  it('reads Atom with the alternate link, published date and HTML content', () => {
    const [item] = parseFeedText(atom).items;
    expect(item).toMatchObject({
      url: 'https://agency.example.org/a/1',
      published: '2024-01-19T16:00:00.000Z',
      author: 'Desk',
      contentHtml: '<p>Body</p>',
    });
  });

  it('reads RDF (RSS 1.0) with dc:date', () => {
    const feed = parseFeedText(rdf);
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({
      url: 'https://digest.example.net/1',
      published: '2023-09-28T07:00:00.000Z',
    });
  });

  it('reads every RDF item, also those the rdf:Seq lists with an escaped ampersand', () => {
    const seq = rdf
      .replace(
        '<link>https://digest.example.net/</link></channel>',
        '<link>https://digest.example.net/</link><items><rdf:Seq><rdf:li rdf:resource="https://digest.example.net/1"/><rdf:li rdf:resource="https://digest.example.net/2?a=1&amp;b=2"/></rdf:Seq></items></channel>',
      )
      .replace(
        '</rdf:RDF>',
        '<item rdf:about="https://digest.example.net/2?a=1&amp;b=2"><title>Two</title><link>https://digest.example.net/2?a=1&amp;b=2</link></item></rdf:RDF>',
      );
    expect(parseFeedText(seq).items.map((item) => item.url)).toEqual([
      'https://digest.example.net/1',
      'https://digest.example.net/2?a=1&b=2',
    ]);
  });

  it('reads JSON Feed 1.1', () => {
    const feed = parseFeedText(json);
    expect(feed).toMatchObject({ format: 'json', title: 'Labs', link: 'https://labs.example.io/' });
    expect(feed.items[0]).toMatchObject({
      url: 'https://labs.example.io/p/1',
      author: 'R',
      contentHtml: '<p>Hi</p>',
    });
  });

  it.each([
    ['an HTML page', '<html><body>hello</body></html>'],
    ['broken XML', '<rss version="2.0"><channel><item><title>x</ti'],
    ['a JSON document that is not a feed', '{"hello": "world"}'],
    ['invalid JSON', '{"version": "https://jsonfeed.org/version/1.1", '],
  ])('rejects %s with a clear BAD_INPUT error', (_label, body) => {
    expect(() => parseFeedText(body)).toThrow(/not a readable feed/);
  });

  it('never expands XML entities (billion laughs)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title></item></channel></rss>`;
    const feed = parseFeedText(bomb);
    expect(feed.items[0]?.title.length ?? 0).toBeLessThan(10);
  });
});

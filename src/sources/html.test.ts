import { describe, expect, it } from 'vitest';
import { extractArticle, fragmentText } from './html.js';

const page = `<!doctype html><html lang="en"><head><title>Breach at Acme | The Wire</title>
<link rel="canonical" href="/news/acme?utm_source=x">
<meta property="article:published_time" content="2024-02-19T10:00:00Z"><meta name="author" content="J. Doe"></head>
<body><nav><a href="https://thewire.example.org/">Home</a> <a href="https://thewire.example.org/about">About</a></nav>
<div class="cookie-banner">We use cookies. <a href="https://thewire.example.org/privacy">Privacy</a></div>
<article><h1>Breach at Acme</h1><p>Attackers used the server at 198.18.7.7 and the domain evil-update[.]com to steal customer records from Acme over three weeks.</p>
<p>The company said the intrusion began through a stolen password for a contractor account and that it has notified regulators.</p>
<table><tr><th>Type</th><th>Value</th></tr><tr><td>Domain</td><td>evil-update[.]com</td></tr></table>
<pre>line one
line two</pre>
<ul><li>first item</li><li>second item</li></ul>
<div class="share-bar"><a href="https://twitter.com/intent/tweet?url=https://thewire.example.org/news/acme">Share on X</a></div></article>
<aside class="related"><a href="https://thewire.example.org/other">Another story about ransomware</a></aside>
<footer>© The Wire · <a href="https://thewire.example.org/contact">Contact</a></footer></body></html>`;

describe('extractArticle', () => {
  const article = extractArticle(page, 'https://thewire.example.org/news/acme');

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Breach at Acme | The Wire',
      canonicalUrl: 'https://thewire.example.org/news/acme?utm_source=x',
      published: '2024-02-19T10:00:00.000Z',
      author: 'J. Doe',
      language: 'en',
    });
  });

  it('keeps the article with tables as rows, pre blocks verbatim and list items on their own lines', () => {
    expect(article.text).toContain('evil-update[.]com to steal customer records');
    expect(article.text).toContain('Domain | evil-update[.]com');
    expect(article.text).toContain('line one\nline two');
    expect(article.text).toContain('first item\nsecond item');
  });

  it('drops page furniture: nav, cookie banner, share bar, related rail, footer', () => {
    for (const noise of [
      'Home',
      'We use cookies',
      'Share on X',
      'Another story',
      '© The Wire',
      'twitter.com',
    ]) {
      expect(article.text).not.toContain(noise);
    }
  });

  it('takes the date from <time datetime> when there is no meta', () => {
    const dated = extractArticle(
      '<html><body><article><time datetime="2023-06-07T08:30:00Z">7 June</time><p>Text.</p></article></body></html>',
    );
    expect(dated.published).toBe('2023-06-07T08:30:00.000Z');
  });
});

describe('fragmentText', () => {
  it('cleans a feed item fragment without Readability', () => {
    expect(
      fragmentText(
        '<p>One</p><nav>Home</nav><p>Two <a href="x">link</a></p><div class="social-share">Share</div>',
      ),
    ).toBe('One\n\nTwo link');
  });

  it('never keeps scripts or styles', () => {
    expect(fragmentText('<p>Safe</p><script>alert(1)</script><style>p{}</style>')).toBe('Safe');
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';

const page = `<!doctype html><html><head><title>Wiper hits port operator | Harbour Wire</title>
<link rel="canonical" href="https://harbourwire.example.org/news/wiper?utm_source=feed">
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
<body><header class="site-header"><a href="https://harbourwire.example.org/">Harbour Wire</a></header>
<nav><a href="https://harbourwire.example.org/ransomware">Ransomware</a> <a href="https://harbourwire.example.org/cve">CVEs</a></nav>
<div class="cookie-consent">We use cookies from tracker.adnet-metrics.com to improve the site.</div>
<article><h1>Wiper hits port operator</h1>
<p>Investigators said the intruders reached the terminal network through CVE-2023-4966 and staged a wiper downloaded from hxxp://cargo-sync[.]net/upd.bin before detonating it on 4 March.</p>
<p>The payload hash was 44d88612fea8a8f36de82e1278abb02f and the operators used 185.220.101[.]45 for command and control.</p>
<div class="share-links"><a href="https://www.linkedin.com/sharing/share-offsite/?url=https://harbourwire.example.org/news/wiper">LinkedIn</a>
<a href="https://twitter.com/intent/tweet?url=https://harbourwire.example.org/news/wiper">X</a></div></article>
<aside class="related-articles"><a href="https://harbourwire.example.org/news/older">Older wiper attack on shipping-logistics.example.net</a></aside>
<footer>Contact newsroom@harbourwire.example.org · © Harbour Wire</footer></body></html>`;

describe('extract (the library entry point)', () => {
  const result = extract(page);

  it('reduces HTML to the article and keeps its metadata', () => {
    expect(result).toMatchObject({
      title: 'Wiper hits port operator | Harbour Wire',
      url: 'https://harbourwire.example.org/news/wiper',
      published: '2024-03-05T08:00:00.000Z',
    });
  });

  it('finds the article facts, refanged, with offsets into the clean text', () => {
    expect(result.indicators.map((i) => [i.type, i.value]).sort()).toEqual([
      ['ipv4', '185.220.101.45'],
      ['md5', '44d88612fea8a8f36de82e1278abb02f'],
      ['url', 'http://cargo-sync.net/upd.bin'],
    ]);
    for (const indicator of result.indicators) {
      expect(result.text.slice(indicator.evidence.start, indicator.evidence.end)).toBe(indicator.raw);
    }
    expect(result.vulnerabilities.map((v) => v.id)).toEqual(['CVE-2023-4966']);
  });

  it('takes no fact from page furniture: nav, cookie banner, share links, related rail, footer', () => {
    const values = JSON.stringify(result.indicators);
    for (const noise of ['harbourwire', 'linkedin', 'twitter', 'adnet-metrics', 'shipping-logistics']) {
      expect(values).not.toContain(noise);
    }
  });

  describe('the --json contract', () => {
    const article =
      'Attackers breached a Canadian hospital by chaining an authentication bypass with command injection on its VPN appliance. ' +
      'The hardcoded credentials flaw was patched by Palo Alto Networks. ' +
      'Lazarus used TraderTraitor against Bybit, stealing $1.5 billion.';
    const facts = extract(article);

    it('keeps every earlier key and adds weaknesses, sectors and countries', () => {
      expect(Object.keys(facts)).toEqual([
        'title',
        'url',
        'published',
        'text',
        'indicators',
        'vulnerabilities',
        'weaknesses',
        'techniques',
        'actors',
        'malware',
        'organisations',
        'sectors',
        'countries',
        'claims',
        'incidentType',
        'classification',
      ]);
    });

    it.each<[key: string, picked: (r: typeof facts) => unknown[], expected: unknown[]]>([
      ['weaknesses', (r) => r.weaknesses.map((w) => w.id), ['CWE-287', 'CWE-78', 'CWE-798']],
      ['sectors', (r) => r.sectors.map((s) => s.name), ['healthcare']],
      ['countries', (r) => r.countries.map((c) => c.name), ['CA']],
      ['techniques', (r) => r.techniques.map((t) => t.id), ['T1190', 'T1078.001']],
      [
        'organisations',
        (r) => r.organisations.map((o) => `${o.name}:${o.role}`),
        ['Palo Alto Networks:vendor', 'Bybit:victim'],
      ],
      ['claims', (r) => r.claims.map((c) => [c.field, c.value, c.unit]), [['financial-loss', 1.5e9, 'USD']]],
    ])('%s', (_key, picked, expected) => {
      expect(picked(facts)).toEqual(expected);
    });
  });

  it('treats plain text as the article, its first line as the title', () => {
    const text = extract('Advisory: patch now\nAttackers exploit CVE-2024-3400 from 45.61.136[.]12.');
    expect(text.title).toBe('Advisory: patch now');
    expect(text.indicators[0]?.value).toBe('45.61.136.12');
  });
});

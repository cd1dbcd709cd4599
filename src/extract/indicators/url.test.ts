import { describe, expect, it } from 'vitest';
import { extractIndicators } from './index.js';

function urls(text: string, ownDomains: readonly string[] = []) {
  return extractIndicators(text, { ownDomains })
    .filter((i) => i.type === 'url')
    .map((i) => {
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
      return { value: i.value, raw: i.raw };
    });
}

describe('URLs', () => {
  it.each([
    [
      'get https://evil-cdn.com/a/B.php?x=1#f now',
      'https://evil-cdn.com/a/B.php?x=1#f',
      'https://evil-cdn.com/a/B.php?x=1#f',
    ],
    ['get HTTPS://Evil-CDN.com/Path.', 'https://evil-cdn.com/Path', 'HTTPS://Evil-CDN.com/Path'],
    ['hxxp://evil-cdn[.]com/x86.sh,', 'http://evil-cdn.com/x86.sh', 'hxxp://evil-cdn[.]com/x86.sh'],
    ['hXXps://evil-cdn(.)com/', 'https://evil-cdn.com/', 'hXXps://evil-cdn(.)com/'],
    ['hxxps[:]//evil-cdn[.]com/a', 'https://evil-cdn.com/a', 'hxxps[:]//evil-cdn[.]com/a'],
    ['hxxps[://]evil-cdn[.]com/a', 'https://evil-cdn.com/a', 'hxxps[://]evil-cdn[.]com/a'],
    ['fxp://files.evil-cdn[.]com/pub/', 'ftp://files.evil-cdn.com/pub/', 'fxp://files.evil-cdn[.]com/pub/'],
    ['ftp://files.evil-cdn.com/pub', 'ftp://files.evil-cdn.com/pub', 'ftp://files.evil-cdn.com/pub'],
    ['(see http://evil-cdn.com/a).', 'http://evil-cdn.com/a', 'http://evil-cdn.com/a'],
    [
      'wiki http://en.wikipedia.org/wiki/Foo_(bar);',
      'http://en.wikipedia.org/wiki/Foo_(bar)',
      'http://en.wikipedia.org/wiki/Foo_(bar)',
    ],
    ['"http://evil-cdn.com/q"', 'http://evil-cdn.com/q', 'http://evil-cdn.com/q'],
    ['<http://evil-cdn.com/q>', 'http://evil-cdn.com/q', 'http://evil-cdn.com/q'],
    ['ends hxxp://evil-cdn[.]com[.]', 'http://evil-cdn.com', 'hxxp://evil-cdn[.]com'],
    [
      'port http://45.61.136.200:8080/gate',
      'http://45.61.136.200:8080/gate',
      'http://45.61.136.200:8080/gate',
    ],
    [
      'v6 http://[2606:4700::1111]:8443/x',
      'http://[2606:4700::1111]:8443/x',
      'http://[2606:4700::1111]:8443/x',
    ],
    ['user http://User@Evil-CDN.com/', 'http://User@evil-cdn.com/', 'http://User@Evil-CDN.com/'],
  ])('finds %j', (text, value, raw) => {
    expect(urls(text)).toEqual([{ value, raw }]);
  });

  it.each([
    ['own site', 'https://www.publisher-site.com/news/1 and https://cdn.publisher-site.com/a.js'],
    ['no host', 'http:// and https://?x'],
    ['glued scheme', 'xhttp://evil-cdn.com/'],
  ])('skips %s', (_why, text) => {
    expect(urls(text, ['publisher-site.com'])).toEqual([]);
  });

  it.each([
    ['http://10.0.0.1/admin', 'http://10.0.0.1/admin'],
    ['http://localhost:8080/', 'http://localhost:8080/'],
    ['http://intranet/', 'http://intranet/'],
    ['https://www.example.com/about', 'https://www.example.com/about'],
  ])('keeps %s as internal', (text, value) => {
    expect(extractIndicators(text)).toMatchObject([
      { type: 'url', value, role: 'internal', confidence: 'low' },
    ]);
  });

  it('converts IDN hosts to punycode', () => {
    expect(urls('see https://bücher.de/x')).toEqual([
      { value: 'https://xn--bcher-kva.de/x', raw: 'https://bücher.de/x' },
    ]);
  });

  it('skips the canonical URL and share links to the own site', () => {
    const text =
      'https://news.example-site.org/story/1/ and https://twitter.com/intent/tweet?url=https%3A%2F%2Fpublisher-site.com%2Fa';
    const options = {
      ownDomains: ['publisher-site.com'],
      canonicalUrl: 'https://news.example-site.org/story/1',
    };
    expect(extractIndicators(text, options)).toEqual([]);
  });

  it('does not report the host of a URL as a domain or address', () => {
    const types = extractIndicators('hxxp://evil-cdn[.]com/a and http://45.61.136.200/b').map((i) => i.type);
    expect(types).toEqual(['url', 'url']);
  });
});

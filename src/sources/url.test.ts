import { describe, expect, it } from 'vitest';
import { canonicalUrl, sourceDomain } from './url.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://Example.COM/News/A?utm_source=rss&utm_medium=feed', 'https://example.com/News/A'],
    ['https://example.com/a?id=7&utm_campaign=x#comments', 'https://example.com/a?id=7'],
    ['https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com/a?ref=twitter&page=2', 'http://example.com/a?page=2'],
    ['/relative/path', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('resolves against a base', () => {
    expect(canonicalUrl('/news/x?utm_source=a', 'https://site.org/other')).toBe('https://site.org/news/x');
  });
});

describe('sourceDomain', () => {
  it.each([
    ['https://www.bleepingcomputer.com/news/security/x', 'bleepingcomputer.com'],
    ['https://labs.threatlens.io/posts/1', 'threatlens.io'],
    ['https://www.ncsc.gov.uk/news', 'ncsc.gov.uk'],
    ['file:///tmp/a.txt', 'local'],
  ])('%s → %s', (url, domain) => {
    expect(sourceDomain(url)).toBe(domain);
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorType } from '../../core/facts.js';
import { isOwnDomain, isPublicHostname } from './domain.js';
import { extractIndicators } from './index.js';

function found(text: string, type: IndicatorType, ownDomains: readonly string[] = []) {
  return extractIndicators(text, { ownDomains })
    .filter((i) => i.type === type)
    .map((i) => {
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
      return { value: i.value, raw: i.raw };
    });
}

describe('domains', () => {
  it.each([
    ['beacon to update-srv.net.', 'update-srv.net', 'update-srv.net'],
    ['beacon to Update-SRV.Net', 'update-srv.net', 'Update-SRV.Net'],
    ['cdn.evil-host[.]com', 'cdn.evil-host.com', 'cdn.evil-host[.]com'],
    ['evil-host(.)com', 'evil-host.com', 'evil-host(.)com'],
    ['evil-host{.}com', 'evil-host.com', 'evil-host{.}com'],
    ['evil-host[dot]com', 'evil-host.com', 'evil-host[dot]com'],
    ['evil-host [dot] com', 'evil-host.com', 'evil-host [dot] com'],
    ['evil-host(dot)com', 'evil-host.com', 'evil-host(dot)com'],
    ['evil-host\\.com', 'evil-host.com', 'evil-host\\.com'],
    ['portal.gov.co.uk-login.top', 'portal.gov.co.uk-login.top', 'portal.gov.co.uk-login.top'],
    ['xn--80ak6aa92e.com is punycode', 'xn--80ak6aa92e.com', 'xn--80ak6aa92e.com'],
    ['unicode bücher.de', 'xn--bcher-kva.de', 'bücher.de'],
    ['spaced evil [.] com', 'evil.com', 'evil [.] com'],
    ['spaced evil[ . ]com', 'evil.com', 'evil[ . ]com'],
    ['spaced evil ( . ) com', 'evil.com', 'evil ( . ) com'],
    ['braced evil{ dot }com', 'evil.com', 'evil{ dot }com'],
    [`onion ${'a'.repeat(55)}d.onion`, `${'a'.repeat(55)}d.onion`, `${'a'.repeat(55)}d.onion`],
    ['onion v2 expyuzz4wqqyqhjn.onion', 'expyuzz4wqqyqhjn.onion', 'expyuzz4wqqyqhjn.onion'],
    ['defanged file-like TLD update[.]zip', 'update.zip', 'update[.]zip'],
    ['defanged notes[.]md', 'notes.md', 'notes[.]md'],
  ])('finds %j', (text, value, raw) => {
    expect(found(text, 'domain')).toEqual([{ value, raw }]);
  });

  it.each([
    ['file names', 'setup.exe config.php readme.md run.ps1 update.zip loader.dll x.sh lib.so mod.ko a.py'],
    ['more file names', 'Book1.xlsx memo.docx invoice.pdf report.lnk dump.bin data.dat app.log'],
    ['not a suffix', 'e.g. i.e. U.S. Node.js foo.bar1'],
    ['numbers', '31.4 percent, 2024.02.19, 1.2.3.4'],
    ['paths', '/p/u/doAuthentication.do and C:\\temp\\evil.com'],
    ['camel-cased code', 'doAuthentication.do'],
    ['bad onion', 'abc.onion'],
    ['bad labels', 'a..b.com -evil.com'],
    ['inside a word', 'x_evil.com'],
    ['own site', 'news.publisher-site.com'],
  ])('skips %s', (_why, text) => {
    expect(found(text, 'domain', ['www.publisher-site.com'])).toEqual([]);
  });

  it.each([
    ['example.com', 'documentation name example.com (RFC 2606)'],
    ['www.example.org', 'documentation name example.org (RFC 2606)'],
    ['printer.local', 'reserved name under .local'],
    ['foo.test', 'reserved name under .test'],
    ['dc01.corp', 'internal-only name under .corp'],
  ])('keeps %s as internal', (text, reason) => {
    expect(extractIndicators(text)).toMatchObject([
      { type: 'domain', role: 'internal', confidence: 'low', reasons: [reason] },
    ]);
  });

  it('does not count the host of a URL or email again, but does elsewhere', () => {
    const text = 'Get hxxp://evil-host[.]com/a from ops@evil-host.com. Later evil-host[.]com resolved.';
    const domains = extractIndicators(text).filter((i) => i.type === 'domain');
    expect(domains).toHaveLength(1);
    expect(domains[0]?.evidence.start).toBe(text.lastIndexOf('evil-host[.]com'));
  });
});

describe('isPublicHostname and isOwnDomain', () => {
  it.each([
    ['login.evil-cdn.net', true],
    ['setup.exe', false],
    ['foo.local', false],
    [`${'a'.repeat(250)}.com`, false],
  ])('isPublicHostname(%j) is %s', (host, expected) => {
    expect(isPublicHostname(host)).toBe(expected);
  });

  it.each([
    ['publisher.com', ['publisher.com'], true],
    ['cdn.publisher.com', ['www.publisher.com'], true],
    ['notpublisher.com', ['publisher.com'], false],
    ['publisher.com', [''], false],
  ])('isOwnDomain(%j, %j) is %s', (host, own, expected) => {
    expect(isOwnDomain(host, own)).toBe(expected);
  });
});

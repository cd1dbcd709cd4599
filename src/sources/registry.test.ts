import { describe, expect, it } from 'vitest';
import { builtinPublishers } from './builtin/index.js';
import { sourceKey } from './domain-rules.js';
import { isPrimaryFor } from './primary.js';
import { profileForDomain, resolveProfile } from './registry.js';
import { parseSourceDomain, sourceDomain } from './url.js';

describe('profileForDomain', () => {
  it.each([
    // built-in table
    ['cisa.gov', 'government', 'T1', 'A'],
    ['cert.europa.eu', 'government', 'T1', 'A'],
    ['bsi.bund.de', 'government', 'T1', 'A'],
    ['jpcert.or.jp', 'government', 'T1', 'A'],
    ['unit42.paloaltonetworks.com', 'vendor', 'T2', 'B'],
    ['securelist.com', 'vendor', 'T2', 'B'],
    ['bleepingcomputer.com', 'news', 'T2', 'B'],
    ['securityaffairs.com', 'news', 'T3', 'C'],
    ['citizenlab.ca', 'researcher', 'T2', 'A'],
    ['news.ycombinator.com', 'aggregator', 'T3', 'C'],
    ['infosec.exchange', 'social', 'T4', 'F'],
    ['x.com', 'social', 'T4', 'F'],
    // domain rules
    ['oaic.gov.au', 'government', 'T1', 'B'],
    ['army.mil', 'government', 'T1', 'B'],
    ['cnil.gouv.fr', 'government', 'T1', 'B'],
    ['digital.go.jp', 'government', 'T1', 'B'],
    ['met.police.uk', 'government', 'T1', 'B'],
    ['cert.ee', 'government', 'T1', 'B'],
    ['csirt.cz', 'government', 'T1', 'B'],
    ['us-cert.io', 'government', 'T1', 'B'],
    ['lockbitapt2d73krlbewgv27tquljgxr33xbwwsp6rkyieto7u4ncead.onion', 'leak-site', 'T4', 'F'],
    ['local', 'local', 'T4', 'F'],
    // default: unknown publishers, and names that only look like a CERT
    ['unknown-blog.example', 'news', 'T3', 'F'],
    ['digicert.com', 'news', 'T3', 'F'],
    ['cert-manager.io', 'news', 'T3', 'F'],
    ['government-news.com', 'news', 'T3', 'F'],
  ])('%s → %s %s %s', (domain, kind, tier, reliability) => {
    expect(profileForDomain(domain)).toMatchObject({ kind, tier, reliability });
  });

  it('names the publishers it knows', () => {
    expect(profileForDomain('ncsc.gov.uk').name).toBe('UK National Cyber Security Centre');
    expect(profileForDomain('unknown-blog.example').name).toBeUndefined();
  });
});

describe('the built-in table', () => {
  it('holds well over a hundred publishers, each reachable under its own key', () => {
    expect(builtinPublishers.size).toBeGreaterThanOrEqual(120);
    for (const [domain, publisher] of builtinPublishers) {
      expect(domain).toBe(domain.toLowerCase());
      expect(sourceKey(domain)).toBe(domain);
      expect(publisher.name.trim()).not.toBe('');
    }
  });

  it('never says T1 for a vendor: that depends on the story (isPrimaryFor)', () => {
    const vendors = [...builtinPublishers.values()].filter((p) => p.kind === 'vendor');
    expect(vendors.length).toBeGreaterThan(30);
    expect(vendors.every((p) => p.tier === 'T2')).toBe(true);
  });
});

describe('source domains', () => {
  it.each([
    ['https://www.cisa.gov/news-events/alerts/x', 'cisa.gov'],
    ['https://cert.europa.eu/publications/security-advisories/x', 'cert.europa.eu'],
    ['https://www.europol.europa.eu/media-press/x', 'europol.europa.eu'],
    ['https://ec.europa.eu/commission/x', 'europa.eu'],
    ['https://unit42.paloaltonetworks.com/x/', 'unit42.paloaltonetworks.com'],
    ['https://security.paloaltonetworks.com/CVE-2024-3400', 'paloaltonetworks.com'],
    ['https://blog.talosintelligence.com/x/', 'talosintelligence.com'],
    ['https://googleprojectzero.blogspot.com/2024/x.html', 'googleprojectzero.blogspot.com'],
    ['https://someone.blogspot.com/x.html', 'blogspot.com'],
  ])('%s → %s', (url, domain) => {
    expect(sourceDomain(url)).toBe(domain);
  });

  it.each([
    ['CISA.gov', 'cisa.gov'],
    ['www.bleepingcomputer.com', 'bleepingcomputer.com'],
    ['https://www.ncsc.gov.uk/news', 'ncsc.gov.uk'],
    ['cert.europa.eu', 'cert.europa.eu'],
    ['203.0.113.7', '203.0.113.7'],
    ['local', 'local'],
    ['not a domain', null],
    ['localhost', null],
    ['', null],
  ])('parseSourceDomain(%j) → %j', (input, expected) => {
    expect(parseSourceDomain(input)).toBe(expected);
  });
});

describe('resolveProfile: set > config > built-in table > rules > default', () => {
  it.each([
    ['cisa.gov', {}, { name: 'CISA (US Cybersecurity and Infrastructure Security Agency)', tier: 'T1' }],
    ['cisa.gov', { config: { tier: 'T2' as const } }, { kind: 'government', tier: 'T2', reliability: 'A' }],
    ['cisa.gov', { set: { tier: 'T3' as const }, config: { tier: 'T2' as const } }, { tier: 'T3' }],
    [
      'cisa.gov',
      { set: { name: 'CISA' }, config: { reliability: 'C' as const } },
      { name: 'CISA', reliability: 'C' },
    ],
    [
      'blog.example',
      { config: { kind: 'researcher' as const } },
      { name: null, kind: 'researcher', tier: 'T3' },
    ],
    ['fbi.gov', { set: { kind: 'news' as const } }, { kind: 'news', tier: 'T1', reliability: 'A' }],
  ])('%s with %j', (domain, layers, expected) => {
    expect(resolveProfile(domain, layers)).toMatchObject(expected);
  });
});

describe('isPrimaryFor', () => {
  it.each([
    ['ivanti.com', ['Ivanti'], true],
    ['ivanti.com', ['Ivanti, Inc.'], true],
    ['unit42.paloaltonetworks.com', ['Palo Alto Networks Inc.'], true],
    ['securelist.com', ['Kaspersky Lab'], true],
    ['securelist.com', ['Kaspersky'], true],
    ['vmware.com', ['Broadcom'], true],
    ['changehealthcare.com', ['Change Healthcare'], true],
    ['unitedhealthgroup.com', ['UnitedHealth Group'], true],
    ['cisa.gov', [], true],
    ['cert.pl', ['Anyone'], true],
    ['crowdstrike.com', ['Ivanti'], false],
    ['bleepingcomputer.com', ['Ivanti'], false],
    ['x.com', ['X'], false],
    ['ivanti.com', [], false],
  ] as const)('%s about %j → %s', (domain, organisations, expected) => {
    expect(isPrimaryFor(domain, organisations)).toBe(expected);
  });

  it('uses the effective profile when the caller passes one', () => {
    expect(isPrimaryFor('cisa.gov', [], { kind: 'news', tier: 'T3', reliability: 'F' })).toBe(false);
  });
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorRole } from '../../core/facts.js';
import { loadWarninglists } from '../../kb/warninglists.js';
import { extractIndicators } from './index.js';

function first(text: string, options = {}) {
  const [indicator] = extractIndicators(text, options);
  return indicator === undefined
    ? undefined
    : {
        value: indicator.value,
        role: indicator.role,
        confidence: indicator.confidence,
        reasons: indicator.reasons,
      };
}

describe('roles', () => {
  it.each<[string, string, IndicatorRole, string]>([
    [
      'The C2 server was update-srv.net at night.',
      'update-srv.net',
      'malicious',
      'sentence mentions command-and-control',
    ],
    [
      'Phishing mails linked to login-portal.top today.',
      'login-portal.top',
      'malicious',
      'sentence mentions phishing',
    ],
    [
      'The implant beacons to 45.61.136.200 hourly.',
      '45.61.136.200',
      'malicious',
      'sentence mentions beacons',
    ],
    ['Traffic went to update-srv[.]net overnight.', 'update-srv.net', 'malicious', 'defanged by the author'],
    [
      'The attackers defaced www.victim-bank.com on Monday.',
      'www.victim-bank.com',
      'victim',
      'sentence mentions defaced',
    ],
    ['Data from victim-corp.com was leaked online.', 'victim-corp.com', 'victim', 'sentence mentions leaked'],
    [
      'The kit sends victims to quill-auth-portal[.]com to steal sessions.',
      'quill-auth-portal.com',
      'malicious',
      'defanged by the author',
    ],
    [
      'The victim website shop-example.com was defaced.',
      'shop-example.com',
      'victim',
      'sentence mentions victim website',
    ],
    ['Stolen sessions are sent to quill-cdn[.]net.', 'quill-cdn.net', 'malicious', 'defanged by the author'],
    [
      'The domain now resolves to a sinkhole at 45.61.136.201.',
      '45.61.136.201',
      'researcher',
      'sentence mentions sinkhole',
    ],
    [
      'A honeypot at 45.61.136.202 logged the scans.',
      '45.61.136.202',
      'researcher',
      'sentence mentions honeypot',
    ],
    [
      'See https://vendor-psirt.net/adv/2024-1 for details.',
      'https://vendor-psirt.net/adv/2024-1',
      'reference',
      'sentence mentions see',
    ],
    [
      'The advisory https://vendor-psirt.net/adv/2 lists fixes.',
      'https://vendor-psirt.net/adv/2',
      'reference',
      'sentence mentions advisory',
    ],
    [
      'The implant was downloaded from http://45.61.136.200/a',
      'http://45.61.136.200/a',
      'payload',
      'sentence mentions downloaded',
    ],
    [
      'Grab hxxp://evil-cdn[.]com/stage.exe now',
      'http://evil-cdn.com/stage.exe',
      'payload',
      'URL of a .exe file',
    ],
    [
      'Traffic to update-srv.net rose on Monday.',
      'update-srv.net',
      'reference',
      'nothing in the text says it is malicious',
    ],
    ['Visit github.com for the code.', 'github.com', 'reference', 'well-known site'],
    ['Host 192.168.1.20 was scanned.', '192.168.1.20', 'internal', 'private range (RFC 1918) 192.168.0.0/16'],
  ])('%j → %s is %s', (text, value, role, reason) => {
    const found = first(text);
    expect(found).toMatchObject({ value, role });
    expect(found?.reasons).toContain(reason);
  });

  it('never calls an unremarkable value malicious', () => {
    expect(first('Traffic to update-srv.net rose on Monday.')).toMatchObject({
      role: 'reference',
      confidence: 'low',
    });
  });

  it('reads an IOC section and a references section', () => {
    const text = [
      'Indicators of compromise',
      'update-srv.net',
      '45.61.136.200',
      'References',
      'https://vendor-psirt.net/adv/1',
    ].join('\n');
    expect(extractIndicators(text).map((i) => [i.value, i.role, i.confidence])).toEqual([
      ['update-srv.net', 'malicious', 'high'],
      ['45.61.136.200', 'malicious', 'high'],
      ['https://vendor-psirt.net/adv/1', 'reference', 'medium'],
    ]);
  });

  it('merges reasons of the same role when deduplicating', () => {
    const found = extractIndicators('C2: update-srv[.]net\nThe C2 update-srv.net again.');
    expect(found).toHaveLength(1);
    expect(found[0]?.reasons).toEqual(['defanged by the author', 'sentence mentions command-and-control']);
  });

  it('keeps the own site and the canonical URL out', () => {
    const text = 'Read https://news.pub-site.com/a/1 and https://other-site.net/b on pub-site.com.';
    const found = extractIndicators(text, {
      ownDomains: ['pub-site.com'],
      canonicalUrl: 'https://other-site.net/b/',
    });
    expect(found).toEqual([]);
  });
});

describe('warninglists', () => {
  function tinyKb(): string {
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-wl-'));
    const lists = join(dir, 'misp-warninglists', 'lists');
    mkdirSync(join(lists, 'google'), { recursive: true });
    const google = { name: 'List of known Google domains', type: 'string', list: ['.google.com', 'goo.gl'] };
    writeFileSync(join(lists, 'google', 'list.json'), JSON.stringify(google));
    const sinkholes = { name: 'List of known sinkholes', type: 'cidr', list: ['45.61.136.0/24', '1.2.3.4'] };
    writeFileSync(join(lists, 'sinkholes.json'), JSON.stringify(sinkholes));
    const tranco = { name: 'Top sites', type: 'hostname', list: ['github.io'] };
    writeFileSync(join(lists, 'tranco10k.json'), JSON.stringify(tranco));
    const aws = { name: 'AWS', type: 'cidr', list: ['3.0.0.0/8'] };
    writeFileSync(join(lists, 'amazon-aws.json'), JSON.stringify(aws));
    writeFileSync(join(lists, 'regex.json'), JSON.stringify({ name: 'R', type: 'regex', list: ['/x/'] }));
    return dir;
  }

  it('loads a MISP layout and uses its list names as reasons', () => {
    const warninglists = loadWarninglists(tinyKb());
    expect(warninglists.cidrs).toEqual([{ cidr: '45.61.136.0/24', list: 'List of known sinkholes' }]);
    expect(first('C2 at mail.google.com', { warninglists })).toMatchObject({
      role: 'reference',
      confidence: 'low',
      reasons: ["on MISP warninglist 'List of known Google domains'"],
    });
    expect(first('C2 at 45.61.136.77', { warninglists })).toMatchObject({ role: 'researcher' });
    expect(first('C2 at evil.github.io', { warninglists })).toMatchObject({ role: 'malicious' });
    expect(first('C2 at 3.3.3.3', { warninglists })).toMatchObject({ role: 'malicious' });
  });

  it('returns empty lists for a directory without warninglists', () => {
    const empty = loadWarninglists(mkdtempSync(join(tmpdir(), 'newsroom-wl-')));
    expect([empty.values.size, empty.hostnameSuffixes.length, empty.cidrs.length]).toEqual([0, 0, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { bundle, doc, entity, org, vuln } from '../../test/bundle.js';
import { loadConfig } from '../config/load.js';
import type { Technique } from '../core/facts.js';
import { type WatchList, emptyWatchList, relevance, sectorIdOf, watchMatches } from './relevance.js';

const technique = (text: string): Technique => ({
  id: 'T1190',
  name: 'Exploit Public-Facing Application',
  tactics: ['initial-access'],
  confidence: 'high',
  evidence: { start: 0, end: 1, text },
  extractor: 'explicit-id',
});

const story = bundle('vulnerability-exploitation', [
  doc({
    organisations: [
      org('Ivanti Connect Secure'),
      org('Mandiant', 'security-company'),
      org('NHS Trust', 'victim'),
    ],
    vulnerabilities: [vuln('CVE-2024-21887', [], 'Fortinet FortiClient EMS CVE-2024-21887 was exploited.')],
    techniques: [technique('The actor exploited GlobalProtect gateways (T1190).')],
    sectors: [entity('healthcare')],
  }),
]);

const watch = (list: Partial<WatchList>): WatchList => ({ ...emptyWatchList, ...list });

describe('watchMatches', () => {
  it.each([
    [
      'a vendor as part of an organisation name',
      { vendors: ['ivanti'] },
      [{ kind: 'vendor', name: 'Ivanti' }],
    ],
    ['an organisation of any role', { vendors: ['MANDIANT'] }, [{ kind: 'vendor', name: 'Mandiant' }]],
    [
      'a vendor named only in a vulnerability sentence',
      { vendors: ['Fortinet'] },
      [{ kind: 'vendor', name: 'Fortinet' }],
    ],
    [
      'a product in a technique sentence',
      { products: ['globalprotect'] },
      [{ kind: 'product', name: 'GlobalProtect' }],
    ],
    [
      'a product in a vulnerability sentence',
      { products: ['FortiClient EMS'] },
      [{ kind: 'product', name: 'FortiClient EMS' }],
    ],
    ['a sector by id', { sectors: ['healthcare'] }, [{ kind: 'sector', name: 'healthcare' }]],
    ['a sector by one of its words', { sectors: ['Hospitals'] }, [{ kind: 'sector', name: 'healthcare' }]],
    ['not part of a word', { vendors: ['Ivan'], products: ['Protect'] }, []],
    ['an unwatched sector', { sectors: ['finance'] }, []],
    ['a term with pattern characters, literally', { products: ['EMS (C++)', 'Forti.*'] }, []],
    [
      'several, each once',
      { vendors: ['Ivanti', 'ivanti'], sectors: ['healthcare', 'hospital'] },
      [
        { kind: 'vendor', name: 'Ivanti' },
        { kind: 'sector', name: 'healthcare' },
      ],
    ],
  ])('matches %s', (_name, list, expected) => {
    expect(watchMatches(story, watch(list))).toEqual(expected);
  });
});

describe('relevance', () => {
  it.each([
    ['no watch list', emptyWatchList, [], 0, 'no watch list configured'],
    ['nothing matched', watch({ vendors: ['Cisco'] }), [], 0, 'nothing on the watch list'],
    [
      'a sector only',
      watch({ sectors: ['healthcare'] }),
      [{ kind: 'sector', name: 'healthcare' }],
      0.5,
      'watched sector healthcare',
    ],
    [
      'a vendor and a sector',
      watch({ vendors: ['Ivanti'], sectors: ['healthcare'] }),
      [
        { kind: 'vendor', name: 'Ivanti' },
        { kind: 'sector', name: 'healthcare' },
      ],
      1,
      'watched vendor Ivanti; watched sector healthcare',
    ],
    ['a product', watch({ products: ['X'] }), [{ kind: 'product', name: 'X' }], 1, 'watched product X'],
  ] as const)('%s', (_name, list, matches, value, reason) => {
    expect(relevance(matches, list)).toEqual({ value, reason });
  });
});

describe('sectorIdOf', () => {
  it.each([
    ['healthcare', 'healthcare'],
    ['Health Care', 'healthcare'],
    ['hospitals', 'healthcare'],
    ['banks', 'finance'],
    ['FINANCE', 'finance'],
    ['space tourism', 'space tourism'],
  ])('%s → %s', (term, id) => {
    expect(sectorIdOf(term)).toBe(id);
  });
});

describe('the watch list in the configuration', () => {
  it('reads comma-separated lists, trimmed, without empty entries or case-insensitive repeats', () => {
    const config = loadConfig({
      NEWSROOM_WATCH_VENDORS: ' Ivanti , Fortinet,,ivanti ',
      NEWSROOM_WATCH_PRODUCTS: 'GlobalProtect',
      NEWSROOM_WATCH_SECTORS: '',
    });
    expect(config).toMatchObject({
      watchVendors: ['Ivanti', 'Fortinet'],
      watchProducts: ['GlobalProtect'],
      watchSectors: [],
    });
    expect(loadConfig({})).toMatchObject({ watchVendors: [], watchProducts: [], watchSectors: [] });
  });
});

import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { builtinListPrefix, builtinWarninglists, specialPurposeRanges } from './warninglist.js';

describe('builtinWarninglists', () => {
  it('holds about a hundred well-known sites, each also as a suffix', () => {
    expect(builtinWarninglists.values.size).toBeGreaterThanOrEqual(100);
    for (const site of ['google.com', 'github.com', 'x.com', 'cisa.gov', 'mitre.org', 'virustotal.com']) {
      expect(builtinWarninglists.values.get(site), site).toMatch(new RegExp(`^${builtinListPrefix}`));
      expect(builtinWarninglists.hostnameSuffixes).toContainEqual(
        expect.objectContaining({ suffix: `.${site}` }),
      );
    }
  });

  it('lists valid special-purpose ranges', () => {
    for (const { cidr } of specialPurposeRanges) expect(ipaddr.isValidCIDR(cidr), cidr).toBe(true);
    expect(builtinWarninglists.cidrs).toHaveLength(specialPurposeRanges.length);
  });
});

import { describe, expect, it } from 'vitest';
import { extractIndicators } from './index.js';

function emails(text: string, ownDomains: readonly string[] = []) {
  return extractIndicators(text, { ownDomains })
    .filter((i) => i.type === 'email')
    .map((i) => {
      expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
      return { value: i.value, raw: i.raw };
    });
}

describe('emails', () => {
  it.each([
    ['from Billing.Team@Quick-Pay.com.', 'billing.team@quick-pay.com', 'Billing.Team@Quick-Pay.com'],
    ['ops[at]quick-pay[.]com', 'ops@quick-pay.com', 'ops[at]quick-pay[.]com'],
    ['ops [at] quick-pay [dot] com', 'ops@quick-pay.com', 'ops [at] quick-pay [dot] com'],
    ['ops(at)quick-pay(.)com', 'ops@quick-pay.com', 'ops(at)quick-pay(.)com'],
    ['ops{at}quick-pay{.}com', 'ops@quick-pay.com', 'ops{at}quick-pay{.}com'],
    ['ops[@]quick-pay[.]com', 'ops@quick-pay.com', 'ops[@]quick-pay[.]com'],
    ['a+tag@quick-pay.com', 'a+tag@quick-pay.com', 'a+tag@quick-pay.com'],
    ['...ops@quick-pay.com', 'ops@quick-pay.com', 'ops@quick-pay.com'],
  ])('finds %j', (text, value, raw) => {
    expect(emails(text)).toEqual([{ value, raw }]);
  });

  it.each([
    ['retina image names', 'icon@2x.png'],
    ['package versions', 'lodash@4.17.21'],
    ['no local part', '@quick-pay.com'],
    ['bad local part', 'a..b@quick-pay.com'],
    ['own site', 'press@publisher-site.com'],
  ])('skips %s', (_why, text) => {
    expect(emails(text, ['publisher-site.com'])).toEqual([]);
  });

  it('does not report the domain of an email again', () => {
    expect(extractIndicators('write to ops[at]quick-pay[.]com').map((i) => i.type)).toEqual(['email']);
  });
});

import { describe, expect, it } from 'vitest';
import { defang } from './defang.js';

describe('defang', () => {
  it.each([
    ['url', 'https://evil.example.net/a.b/c', 'hxxps://evil[.]example[.]net/a.b/c'],
    ['url', 'http://1.2.3.4:8080/x', 'hxxp://1[.]2[.]3[.]4:8080/x'],
    ['domain', 'update-check.top', 'update-check[.]top'],
    ['email', 'ops@evil-mail.net', 'ops[at]evil-mail[.]net'],
    ['ipv4', '45.61.136.12', '45.61.136[.]12'],
    ['ipv6', '2606:4700::1111', '2606:4700:[:]1111'],
    ['sha256', 'ab'.repeat(32), 'ab'.repeat(32)],
  ] as const)('%s %s → %s', (type, value, expected) => {
    expect(defang(type, value)).toBe(expected);
  });
});

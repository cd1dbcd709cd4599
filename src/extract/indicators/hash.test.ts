import { describe, expect, it } from 'vitest';
import { extractIndicators } from './index.js';

const md5 = '06955576f35afcdaa3863345639faac8';
const sha1 = 'e9995844b216fedfb58d745fcb6acbd11cc65008';
const sha256 = '59f46868e89047992e9279fa9ffa2f12721904f260fba242da1622e76132c9ec';
const sha512 =
  '86ad17939960253c1ad80aa6ee08ec77571d5d17330bc7ebdca21f60c38fedc580591403e8bc1d6008a541fcf3d4fec7478fd65d852ac0a57744df509ceb271d';

function hashes(text: string) {
  return extractIndicators(text).map((i) => {
    expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.raw);
    return { type: i.type, value: i.value };
  });
}

describe('hashes', () => {
  it.each([
    [`md5 ${md5}`, 'md5', md5],
    [`sha1=${sha1}.`, 'sha1', sha1],
    [`(${sha256})`, 'sha256', sha256],
    [`SHA256: ${sha256.toUpperCase()}`, 'sha256', sha256],
    [`${sha512}\tsample`, 'sha512', sha512],
    [`https://files.evil-cdn.com/${sha256}`, 'sha256', sha256],
  ])('finds %j', (text, type, value) => {
    expect(hashes(text).filter((h) => h.type !== 'url')).toEqual([{ type, value }]);
  });

  it.each([
    ['33 characters', `${md5}a`],
    ['inside a word', `x${md5}`],
    ['underscore-joined', `${md5}_old`],
    ['digits only', '12345678901234567890123456789012'],
    ['letters only', 'abcdefabcdefabcdefabcdefabcdefab'],
    ['too long', md5.repeat(5)],
  ])('skips %s', (_why, text) => {
    expect(hashes(text)).toEqual([]);
  });
});

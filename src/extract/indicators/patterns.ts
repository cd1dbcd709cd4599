/**
 * The indicator patterns, built from named pieces. They run on the original text and tolerate the
 * defangs listed in `refang.ts`, so a match's offsets are offsets in the document.
 *
 * Linear time on hostile input: every pattern starts with a look-behind that rejects positions
 * inside a run of the characters it matches, so each run is scanned from one start only; pieces
 * that follow each other share no characters, so a failed match gives characters back one at a
 * time. Everything else (lengths, octet values, TLDs) is checked in code, not in the regex.
 * eslint-plugin-regexp checks these; keep them in this one file so it can evaluate the pieces.
 */

/**
 * A dot, plain or defanged: `.` `\.` `[.]` `(.)` `{.}` `[dot]` `(dot)` `{dot}`, each bracketed form
 * also with spaces inside or around it (`evil [.] com`, `evil[ . ]com`, `evil ( dot ) com`).
 */
const dot = String.raw`(?:\.|\\\.| ?\[ ?(?:\.|dot) ?\] ?| ?\( ?(?:\.|dot) ?\) ?| ?\{ ?(?:\.|dot) ?\} ?)`;
/** An at sign, plain or defanged: `@` `[@]` `[at]` `(at)` `{at}` `[ at ]` `( at )`. */
const at = String.raw`(?:@|\[@\]| ?\{ ?at ?\} ?| ?\[ ?at ?\] ?| ?\( ?at ?\) ?)`;
/** A DNS label, ASCII or Unicode (IDN); hyphen rules and lengths are checked by tldts. */
const label = String.raw`[\p{L}\p{M}\p{N}-]+`;
/** Characters that may not come right before a host name (it would start inside a word). */
const notAfterWord = String.raw`(?<![\p{L}\p{M}\p{N}_.-])`;
const hostname = String.raw`${label}(?:${dot}${label})+`;
/** A URL scheme, plain or defanged: http(s), hxxp(s), hXXp(s), ftp, fxp, sftp. */
const scheme = String.raw`(?:h(?:tt|xx)ps?|s?f[tx]p)`;
/** The scheme separator, plain or defanged: `://` `[:]//` `[://]`. */
const separator = String.raw`(?::\/\/|\[:\]\/\/|\[:\/\/\])`;
/** URL body characters: stops at whitespace, quotes, angle brackets, pipes and backticks. */
const urlChar = String.raw`[^\s"'<>|\x60\u201c\u201d\u2018\u2019\u00ab\u00bb]`;
const octet = String.raw`\d{1,3}`;
const port = String.raw`(?::|\[:\])(\d{1,5})`;

/** Domains such as `evil.com`, `evil[.]com`, `evil [dot] com`. */
export const domainPattern = new RegExp(String.raw`${notAfterWord}${hostname}`, 'giu');

/** Emails such as `ops@evil.com`, `ops[at]evil[.]com`; the host is group 1. */
export const emailPattern = new RegExp(String.raw`(?<![\w.+%-])[\w.+%-]+${at}(${hostname})`, 'giu');

/** URLs with a scheme, up to whitespace or a quote; trailing punctuation is trimmed in code. */
export const urlPattern = new RegExp(String.raw`\b${scheme}${separator}${urlChar}+`, 'gi');

/** Dotted quads with an optional port (group 1) or CIDR prefix (group 2); values are checked in code. */
export const ipv4Pattern = new RegExp(
  String.raw`(?<![\w.])${octet}(?:${dot}${octet}){3}(?:${port}|\/(\d{1,2}))?(?!\d|\.\d)`,
  'gi',
);

/** Runs of hex digits, colons and dots with at least one colon: IPv6 candidates for ipaddr.js. */
export const ipv6Pattern = /(?<![\w:.])[\d.a-f]*:[\d.:a-f]+/gi;

/** Runs of 32 to 128 hex digits bounded by non-word characters; exact lengths are checked in code. */
export const hexPattern = /\b[\da-f]{32,128}\b/gi;

/** A CIDR prefix length right after an IPv6 address (`2001:db8::/32`): group 1. */
export const prefixPattern = /^\/(\d{1,3})(?!\d)/;

/** Autonomous system numbers: `AS13335`, `ASN 13335`, `ASN: 13335` (upper-case only: "as 2024" is a word). */
export const asnPattern = /\bAS(?:N ?:? ?)?(\d{1,10})(?!\d)/g;

const base58 = '[1-9A-HJ-NP-Za-km-z]';
/** Legacy Bitcoin addresses (P2PKH `1…`, P2SH `3…`); the checksum is checked in code. */
export const bitcoinBase58Pattern = new RegExp(String.raw`\b[13]${base58}{25,34}\b`, 'g');
/** Bech32 / bech32m Bitcoin addresses (`bc1…`); case and checksum are checked in code. */
export const bech32Pattern = /\bbc1[02-9ac-hj-np-z]{11,71}\b/gi;
/** Monero standard addresses and subaddresses: 95 base58 characters starting with 4 or 8. */
export const moneroPattern = new RegExp(String.raw`\b[48]${base58}{94}\b`, 'g');

/** Dotted tokens such as `invoice.pdf.exe` or `setup-1.2.exe`: file name candidates. */
export const dottedTokenPattern = /(?<![\w.-])[\w-]+(?:\.[\w-]+)+/g;

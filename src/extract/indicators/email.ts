/** Email addresses, plain or defanged (`ops[at]evil[.]com`). */
import { candidate, type Candidate } from './candidate.js';
import { asciiHost, hostStatus } from './domain.js';
import { emailPattern } from './patterns.js';
import { refang } from './refang.js';

/**
 * Email addresses, refanged and lower-cased, whose domain is a host name (documentation and
 * internal-only domains are marked internal). Leading dots or
 * signs are not part of the address (`...ops@evil.com` gives `ops@evil.com`).
 *
 * @example
 * findEmails('from billing (at) evil-pay[.]com')[0]?.value; // 'billing@evil-pay.com'
 */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(emailPattern)) {
    const lead = /^[.+%-]*/.exec(match[0])?.[0].length ?? 0;
    const start = match.index + lead;
    const value = refang(match[0].slice(lead)).toLowerCase();
    const written = refang(match[1] ?? '').toLowerCase();
    const local = value.slice(0, value.length - written.length - 1);
    const host = asciiHost(written);
    const status = hostStatus(host);
    if (local === '' || local.endsWith('.') || local.includes('..') || status === null) continue;
    const extra = status.internal === null ? { host } : { host, internal: status.internal };
    const address = `${local}@${host}`;
    found.push(candidate(text, 'email', start, match.index + match[0].length, address, extra));
  }
  return found;
}

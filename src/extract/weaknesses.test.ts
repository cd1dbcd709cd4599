import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCwe } from '../kb/builtin/cwe.js';
import { extractWeaknesses } from './weaknesses.js';
import { phraseRules } from './weaknesses-phrases.js';

const testdata = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const ids = (text: string, cwe: ReadonlyMap<string, string> = builtinCwe) =>
  extractWeaknesses(text, cwe).map((w) => w.id);

describe('extractWeaknesses: phrases', () => {
  it.each([
    ['The firmware contains hardcoded credentials for a service account.', ['CWE-798']],
    ['A hard-coded password lets anyone log in.', ['CWE-798']],
    ['The key is a hard-coded encryption key shared by all units.', ['CWE-321']],
    ['Cameras still used factory default passwords.', ['CWE-1188', 'CWE-1392']],
    ['The appliance ships with an insecure default configuration.', ['CWE-1188']],
    ['It is a missing authentication for critical function flaw.', ['CWE-306']],
    ['No authentication is required to reach the API.', ['CWE-306']],
    ['An authentication bypass lets attackers in.', ['CWE-287']],
    ['Attackers can bypass authentication on the portal.', ['CWE-287']],
    ['An authentication bypass using an alternate path exists.', ['CWE-288']],
    ['A blind SQL injection in the login form.', ['CWE-89']],
    ['It is an OS command injection in the diagnostics page.', ['CWE-78']],
    ['A command injection flaw in the ping utility.', ['CWE-78']],
    ['Reflected cross-site scripting (XSS) in the search box.', ['CWE-79']],
    ['A path traversal bug exposes /etc/passwd.', ['CWE-22']],
    ['The directory traversal reads arbitrary files.', ['CWE-22']],
    ['Deserialization of untrusted data in the RPC layer.', ['CWE-502']],
    ['A server-side request forgery reaches the metadata service.', ['CWE-918']],
    ['A use-after-free in the renderer.', ['CWE-416']],
    ['A heap-based buffer overflow in the parser.', ['CWE-122']],
    ['A stack-based buffer overflow in the CGI handler.', ['CWE-121']],
    ['A buffer overflow in the DHCP client.', ['CWE-120']],
    ['An out-of-bounds write in the codec.', ['CWE-787']],
    ['An out-of-bounds read leaks memory.', ['CWE-125']],
    ['A memory overread in TLS heartbeat handling.', ['CWE-125']],
    ['Improper input validation in the upload API.', ['CWE-20']],
    ['An XML external entity (XXE) issue in the SOAP endpoint.', ['CWE-611']],
    ['A CSRF flaw in the admin panel.', ['CWE-352']],
    ['An unrestricted file upload leads to a web shell.', ['CWE-434']],
    ['Privilege escalation via improper access control in the agent.', ['CWE-269', 'CWE-284']],
    ['A race condition in the kernel driver.', ['CWE-362']],
    ['An integer overflow in the image decoder.', ['CWE-190']],
    ['A NULL pointer dereference crashes the daemon.', ['CWE-476']],
    ['A code injection flaw in the template preview.', ['CWE-94']],
    ['A type confusion bug in the JavaScript engine.', ['CWE-843']],
    ['Improper certificate validation in the updater.', ['CWE-295']],
    ['The client sends passwords in cleartext over HTTP.', ['CWE-319']],
    ['Cleartext transmission of session tokens.', ['CWE-319']],
    ['The app stores API keys in plaintext on disk.', ['CWE-312']],
    ['It relies on weak cryptography for backups.', ['CWE-327']],
    ['An insecure direct object reference exposes invoices.', ['CWE-639']],
    ['An open redirect on the login page.', ['CWE-601']],
    ['An LDAP injection in the directory search.', ['CWE-90']],
    ['A server-side template injection in the mailer.', ['CWE-1336']],
    ['An OGNL injection in the web framework.', ['CWE-917']],
    ['A prototype pollution flaw in the merge helper.', ['CWE-1321']],
    ['A TOCTOU race condition in the installer.', ['CWE-367', 'CWE-362']],
    ['Missing authorization checks on the export endpoint.', ['CWE-862']],
    ['A ReDoS in the email validator.', ['CWE-1333']],
    ['A double free in the allocator.', ['CWE-415']],
    ['A format string vulnerability in the logger.', ['CWE-134']],
    ['HTTP request smuggling between proxy and backend.', ['CWE-444']],
    ['A sensitive information disclosure in the debug page.', ['CWE-200']],
  ])('%j → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reports a phrase rule with its confidence, name and evidence', () => {
    const text = 'Intro. The router ships hard-coded credentials. Outro.';
    expect(extractWeaknesses(text, builtinCwe)).toEqual([
      {
        id: 'CWE-798',
        name: 'Use of Hard-coded Credentials',
        confidence: 'high',
        extractor: 'phrase:hardcoded-credentials',
        evidence: { start: 24, end: 46, text: 'The router ships hard-coded credentials.' },
      },
    ]);
  });

  it('reports CWE-1392 only when the CWE map has it', () => {
    const small = new Map([['CWE-1188', 'Initialization of a Resource with an Insecure Default']]);
    expect(ids('It used default credentials.', small)).toEqual(['CWE-1188']);
  });

  it.each([
    ['an outcome, not a weakness', 'The attack caused a denial of service.'],
    ['a word inside another', 'The PLCs use Modbus; injections of fluid were logged.'],
    ['buffer without overflow', 'The buffer was flushed.'],
  ])('finds nothing in %s', (_why, text) => {
    expect(ids(text)).toEqual([]);
  });

  it('has uniquely named rules whose CWE IDs are all in the built-in table', () => {
    expect(new Set(phraseRules.map((r) => r.name)).size).toBe(phraseRules.length);
    expect(phraseRules.length).toBeGreaterThanOrEqual(60);
    for (const rule of phraseRules) {
      for (const target of rule.cwe) {
        expect(builtinCwe.has(typeof target === 'string' ? target : target.id)).toBe(true);
      }
    }
  });
});

describe('extractWeaknesses: explicit IDs', () => {
  it.each([
    ['Tracked as CWE-79.', 'CWE-79', 'high'],
    ['see cwe\u201122 in the notice', 'CWE-22', 'high'],
    ['CWE 0502 again', 'CWE-502', 'high'],
    ['A rare CWE-99999 entry.', 'CWE-99999', 'medium'],
  ])('%j → %s (%s)', (text, id, confidence) => {
    expect(extractWeaknesses(text, builtinCwe)).toMatchObject([{ id, confidence, extractor: 'explicit-id' }]);
  });

  it('names unknown IDs with an empty name', () => {
    expect(extractWeaknesses('CWE-99999', builtinCwe)[0]?.name).toBe('');
  });

  it.each([['XCWE-79'], ['CWE-123456'], ['CWE79']])('skips %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('dedupes by ID, keeping the explicit ID over a phrase of equal confidence', () => {
    const text = 'A SQL injection (CWE-89) and another SQL injection.';
    expect(extractWeaknesses(text, builtinCwe)).toMatchObject([
      { id: 'CWE-89', extractor: 'explicit-id', evidence: { start: 17, end: 23 } },
    ]);
  });

  it('keeps the more confident find for one ID', () => {
    const text = 'Privilege escalation is possible. The root cause is improper privilege management.';
    expect(extractWeaknesses(text, builtinCwe)).toMatchObject([
      { id: 'CWE-269', confidence: 'high', extractor: 'phrase:improper-privilege-management' },
    ]);
  });
});

describe('extractWeaknesses on testdata', () => {
  it('reads the advisory roundup', () => {
    expect(
      extractWeaknesses(testdata('vuln-advisory-roundup.txt'), builtinCwe).map((w) => [w.id, w.extractor]),
    ).toEqual([
      ['CWE-78', 'phrase:os-command-injection'],
      ['CWE-22', 'phrase:path-traversal'],
      ['CWE-601', 'phrase:open-redirect'],
      ['CWE-798', 'explicit-id'],
    ]);
  });

  it('reads the single-CVE story', () => {
    expect(ids(testdata('vuln-single-cve.txt'))).toEqual(['CWE-502', 'CWE-79', 'CWE-89']);
  });
});

describe('extractWeaknesses robustness', () => {
  it('never throws and stays linear on hostile input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('CWE-', '7', ' ', '-', 'hard', 'coded', 'buffer', 'overflow', 'heap'),
        }),
        (text) => {
          expect(Array.isArray(extractWeaknesses(text, builtinCwe))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    const started = performance.now();
    extractWeaknesses('hard-coded hard-coded default '.repeat(35_000), builtinCwe);
    extractWeaknesses('CWE-'.repeat(250_000), builtinCwe);
    extractWeaknesses('heap-based buffer overflow '.repeat(40_000), builtinCwe);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

/**
 * Weakness phrases → CWE. Our own rule table: each rule names the weakness classes a phrase in an
 * advisory or article describes. Rules are tried in order and a match that ends where an earlier,
 * longer match ended is skipped, so specific rules come before the generic ones they contain
 * ("heap-based buffer overflow" before "buffer overflow", "OS command injection" before "command
 * injection").
 *
 * Confidence says how surely the phrase names that CWE: `high` when the phrase is the CWE's own
 * name or its usual alias ("SQL injection", "use-after-free"); `medium` when the phrase usually
 * means it but a more precise CWE may apply ("command injection" → CWE-78, since advisories almost
 * always mean OS commands; "authentication bypass" → CWE-287); `low` when the phrase names an
 * outcome more than a weakness ("privilege escalation", "memory corruption", "information
 * disclosure").
 *
 * Authentication: "missing authentication (for a critical function)", "no authentication required"
 * → CWE-306, which is exactly that; "authentication bypass" → CWE-287 Improper Authentication,
 * the parent of the many ways to bypass it (CWE-288 only when an alternate path or channel is
 * named; CWE-306 only when the check is absent, which the phrase does not say).
 */
import type { Confidence } from '../core/facts.js';

export interface PhraseRule {
  /** Stable rule name, reported as `phrase:<name>`. */
  name: string;
  /** Case-insensitive, global, bounded (linear-time) pattern. */
  pattern: RegExp;
  /** CWE IDs the phrase maps to; an ID marked `ifKnown` is reported only when the CWE map has it. */
  cwe: readonly (string | { id: string; ifKnown: true })[];
  confidence: Confidence;
}

const rule = (name: string, pattern: RegExp, cwe: PhraseRule['cwe'], confidence: Confidence): PhraseRule => ({
  name,
  pattern,
  cwe,
  confidence,
});

export const phraseRules: readonly PhraseRule[] = [
  // Injection.
  rule('sql-injection', /\bSQL[\s-]?injection\b|\bSQLi\b/gi, ['CWE-89'], 'high'),
  rule('nosql-injection', /\bNoSQL[\s-]injection\b/gi, ['CWE-943'], 'high'),
  rule(
    'os-command-injection',
    /\b(?:OS|operating[\s-]system|shell)[\s-]command[\s-]injection\b/gi,
    ['CWE-78'],
    'high',
  ),
  rule('command-injection', /\bcommand[\s-]injection\b/gi, ['CWE-78'], 'medium'),
  rule('argument-injection', /\bargument[\s-]injection\b/gi, ['CWE-88'], 'high'),
  rule('eval-injection', /\beval[\s-]injection\b/gi, ['CWE-95'], 'high'),
  rule('code-injection', /\bcode[\s-]injection\b/gi, ['CWE-94'], 'high'),
  rule('ldap-injection', /\bLDAP[\s-]injection\b/gi, ['CWE-90'], 'high'),
  rule('xpath-injection', /\bXPath[\s-]injection\b/gi, ['CWE-643'], 'high'),
  rule(
    'template-injection',
    /\b(?:server[\s-]side[\s-])?template[\s-]injection\b|\bSSTI\b/gi,
    ['CWE-1336'],
    'high',
  ),
  rule(
    'expression-language-injection',
    /\b(?:expression[\s-]language|OGNL|SpEL)[\s-]injection\b/gi,
    ['CWE-917'],
    'high',
  ),
  rule('http-response-splitting', /\bHTTP[\s-]response[\s-]splitting\b/gi, ['CWE-113'], 'high'),
  rule('crlf-injection', /\bCRLF[\s-]injection\b/gi, ['CWE-93'], 'high'),
  rule('request-smuggling', /\b(?:HTTP[\s-])?request[\s-]smuggling\b/gi, ['CWE-444'], 'high'),
  rule('csv-injection', /\b(?:CSV|formula)[\s-]injection\b/gi, ['CWE-1236'], 'high'),
  rule('xss', /\bcross[\s-]site[\s-]scripting\b|\bXSS\b/gi, ['CWE-79'], 'high'),
  rule('csrf', /\bcross[\s-]site[\s-]request[\s-]forgery\b|\b(?:CSRF|XSRF)\b/gi, ['CWE-352'], 'high'),
  rule('ssrf', /\bserver[\s-]side[\s-]request[\s-]forgery\b|\bSSRF\b/gi, ['CWE-918'], 'high'),
  rule('xxe', /\bXML[\s-]external[\s-]entit(?:y|ies)\b|\bXXE\b/gi, ['CWE-611'], 'high'),
  rule('prototype-pollution', /\bprototype[\s-]pollution\b/gi, ['CWE-1321'], 'high'),
  rule('open-redirect', /\b(?:open|unvalidated)[\s-]redirect(?:ion|s)?\b/gi, ['CWE-601'], 'high'),
  rule(
    'format-string',
    /\b(?:uncontrolled[\s-])?format[\s-]string[\s-](?:vulnerabilit(?:y|ies)|bugs?|flaws?|attacks?|injection)\b/gi,
    ['CWE-134'],
    'high',
  ),
  // Files and paths.
  rule(
    'path-traversal',
    /\b(?:path|directory)[\s-]traversal\b|\bdot[\s-]dot[\s-]slash\b|\bzip[\s-]slip\b/gi,
    ['CWE-22'],
    'high',
  ),
  rule(
    'unrestricted-upload',
    /\b(?:unrestricted|arbitrary|unauthenticated)[\s-](?:file[\s-])?uploads?\b|\bunrestricted[\s-]upload[\s-]of[\s-](?:a[\s-])?files?\b/gi,
    ['CWE-434'],
    'high',
  ),
  rule(
    'link-following',
    /\b(?:symlink|symbolic[\s-]link|link)[\s-](?:following|attacks?)\b/gi,
    ['CWE-59'],
    'medium',
  ),
  rule(
    'uncontrolled-search-path',
    /\bDLL[\s-](?:search[\s-]order[\s-])?hijacking\b|\buncontrolled[\s-]search[\s-]path\b/gi,
    ['CWE-427'],
    'medium',
  ),
  rule('unquoted-search-path', /\bunquoted[\s-](?:service[\s-]|search[\s-])?path\b/gi, ['CWE-428'], 'high'),
  rule(
    'incorrect-default-permissions',
    /\b(?:incorrect|insecure)[\s-](?:default[\s-])?(?:file[\s-])?permissions\b|\bworld[\s-]writable\b/gi,
    ['CWE-276'],
    'medium',
  ),
  rule(
    'incorrect-permission-assignment',
    /\bincorrect[\s-]permission[\s-]assignment\b/gi,
    ['CWE-732'],
    'high',
  ),
  // Deserialization.
  rule(
    'deserialization',
    /\bdeseriali[sz](?:ation|ing)[\s-]of[\s-]untrusted[\s-]data\b|\b(?:insecure|unsafe)[\s-]deseriali[sz]ation\b/gi,
    ['CWE-502'],
    'high',
  ),
  // Credentials and defaults.
  rule(
    'hardcoded-key',
    /\bhard[\s-]?coded[\s-](?:cryptographic|encryption|private|secret)[\s-]keys?\b/gi,
    ['CWE-321'],
    'high',
  ),
  rule(
    'hardcoded-credentials',
    /\bhard[\s-]?coded[\s-](?:(?:admin(?:istrator)?|root|user|service|default)[\s-])?(?:credentials?|passwords?|keys?|secrets?|(?:API[\s-])?tokens?|accounts?)\b|\bembedded[\s-]credentials\b/gi,
    ['CWE-798'],
    'high',
  ),
  rule(
    'default-credentials',
    /\b(?:factory[\s-])?default[\s-](?:admin(?:istrator)?[\s-]|root[\s-])?(?:credentials|passwords?|logins?|usernames?[\s-]and[\s-]passwords?)\b/gi,
    ['CWE-1188', { id: 'CWE-1392', ifKnown: true }],
    'high',
  ),
  rule(
    'insecure-default',
    /\binsecure[\s-]default(?:[\s-](?:configuration|settings?))?s?\b/gi,
    ['CWE-1188'],
    'high',
  ),
  rule(
    'weak-password-requirements',
    /\bweak[\s-]password[\s-](?:policy|policies|requirements)\b/gi,
    ['CWE-521'],
    'high',
  ),
  rule(
    'excessive-authentication-attempts',
    /\b(?:no|lack[\s-]of|missing)[\s-](?:brute[\s-]force[\s-]protection|rate[\s-]limiting[\s-]on[\s-](?:login|authentication))\b/gi,
    ['CWE-307'],
    'medium',
  ),
  rule(
    'hidden-functionality',
    /\b(?:hidden[\s-]functionality|backdoor[\s-]accounts?)\b/gi,
    ['CWE-912'],
    'medium',
  ),
  // Authentication and authorisation.
  rule(
    'missing-authentication',
    /\b(?:missing|lack[\s-]of|absent)[\s-]authentication(?:[\s-]for[\s-](?:a[\s-])?critical[\s-]functions?)?\b|\bno[\s-]authentication[\s-](?:is[\s-])?required\b/gi,
    ['CWE-306'],
    'high',
  ),
  rule(
    'authentication-bypass-alternate-path',
    /\bauthentication[\s-]bypass[\s-](?:using|via|through)[\s-](?:an?[\s-])?alternate[\s-](?:path|channel)\b/gi,
    ['CWE-288'],
    'high',
  ),
  rule(
    'authentication-bypass',
    /\b(?:authentication|auth)[\s-]bypass(?:es)?\b|\bbypass(?:es|ing)?[\s-](?:the[\s-])?authentication\b/gi,
    ['CWE-287'],
    'medium',
  ),
  rule('improper-authentication', /\b(?:improper|broken)[\s-]authentication\b/gi, ['CWE-287'], 'high'),
  rule('idor', /\binsecure[\s-]direct[\s-]object[\s-]references?\b|\bIDORs?\b/gi, ['CWE-639'], 'high'),
  rule(
    'missing-authorization',
    /\b(?:missing|lack[\s-]of)[\s-]authori[sz]ation(?:[\s-]checks?)?\b/gi,
    ['CWE-862'],
    'high',
  ),
  rule(
    'incorrect-authorization',
    /\b(?:incorrect|improper)[\s-]authori[sz]ation\b|\bauthori[sz]ation[\s-]bypass\b/gi,
    ['CWE-863'],
    'medium',
  ),
  rule(
    'improper-access-control',
    /\b(?:improper|incorrect|broken|insufficient)[\s-]access[\s-]controls?\b/gi,
    ['CWE-284'],
    'medium',
  ),
  rule('improper-privilege-management', /\bimproper[\s-]privilege[\s-]management\b/gi, ['CWE-269'], 'high'),
  rule(
    'privilege-escalation',
    /\bprivilege[\s-]escalation\b|\bescalation[\s-]of[\s-]privileges?\b/gi,
    ['CWE-269'],
    'low',
  ),
  rule('session-fixation', /\bsession[\s-]fixation\b/gi, ['CWE-384'], 'high'),
  rule(
    'insufficient-session-expiration',
    /\binsufficient[\s-]session[\s-]expiration\b|\bsessions?[\s-](?:do(?:es)?[\s-]not|never)[\s-]expire\b/gi,
    ['CWE-613'],
    'high',
  ),
  rule('clickjacking', /\bclickjacking\b|\bUI[\s-]redress(?:ing)?\b/gi, ['CWE-1021'], 'high'),
  rule('mass-assignment', /\bmass[\s-]assignment\b/gi, ['CWE-915'], 'high'),
  rule(
    'permissive-cors',
    /\b(?:permissive|misconfigured)[\s-]CORS(?:[\s-]polic(?:y|ies))?\b|\bCORS[\s-]misconfiguration\b/gi,
    ['CWE-942'],
    'medium',
  ),
  // Memory safety.
  rule('use-after-free', /\buse[\s-]after[\s-]free\b|\bUAF\b/g, ['CWE-416'], 'high'),
  rule('double-free', /\bdouble[\s-]free\b/gi, ['CWE-415'], 'high'),
  rule('heap-buffer-overflow', /\bheap[\s-](?:based[\s-])?(?:buffer[\s-])?overflow\b/gi, ['CWE-122'], 'high'),
  rule('stack-buffer-overflow', /\bstack[\s-](?:based[\s-])?buffer[\s-]overflow\b/gi, ['CWE-121'], 'high'),
  rule('classic-buffer-overflow', /\bbuffer[\s-](?:overflow|overrun)s?\b/gi, ['CWE-120'], 'medium'),
  rule('out-of-bounds-write', /\bout[\s-]of[\s-]bounds[\s-](?:memory[\s-])?write\b/gi, ['CWE-787'], 'high'),
  rule('buffer-over-read', /\bbuffer[\s-]over[\s-]?read\b/gi, ['CWE-126'], 'high'),
  rule(
    'out-of-bounds-read',
    /\bout[\s-]of[\s-]bounds[\s-](?:memory[\s-])?read\b|\bmemory[\s-]over[\s-]?read\b/gi,
    ['CWE-125'],
    'high',
  ),
  rule('memory-corruption', /\bmemory[\s-]corruption\b/gi, ['CWE-119'], 'low'),
  rule('integer-overflow', /\binteger[\s-](?:overflow|wrap[\s-]?around)\b/gi, ['CWE-190'], 'high'),
  rule('integer-underflow', /\binteger[\s-]underflow\b/gi, ['CWE-191'], 'high'),
  rule(
    'null-dereference',
    /\bNULL[\s-]pointer[\s-]dereference\b|\bNULL[\s-]dereference\b/gi,
    ['CWE-476'],
    'high',
  ),
  rule('type-confusion', /\btype[\s-]confusion\b/gi, ['CWE-843'], 'high'),
  rule(
    'uninitialized-memory',
    /\b(?:use[\s-]of[\s-])?uninitiali[sz]ed[\s-](?:memory|variables?|pointers?)\b/gi,
    ['CWE-908'],
    'medium',
  ),
  rule('memory-leak', /\bmemory[\s-]leaks?\b/gi, ['CWE-401'], 'medium'),
  rule(
    'toctou',
    /\bTOCTOU\b|\btime[\s-]of[\s-]check[\s-](?:to[\s-])?time[\s-]of[\s-]use\b/gi,
    ['CWE-367'],
    'high',
  ),
  rule('race-condition', /\brace[\s-]conditions?\b/gi, ['CWE-362'], 'medium'),
  rule('divide-by-zero', /\b(?:divide|division)[\s-]by[\s-]zero\b/gi, ['CWE-369'], 'high'),
  rule('infinite-loop', /\binfinite[\s-]loops?\b/gi, ['CWE-835'], 'high'),
  rule('unchecked-return-value', /\bunchecked[\s-]return[\s-]values?\b/gi, ['CWE-252'], 'high'),
  // Input handling and resources.
  rule(
    'improper-input-validation',
    /\b(?:improper|insufficient|incorrect|lack[\s-]of|missing)[\s-](?:user[\s-])?input[\s-]validation\b|\bimproper[\s-]validation[\s-]of[\s-](?:user[\s-])?(?:supplied[\s-])?input\b/gi,
    ['CWE-20'],
    'high',
  ),
  rule(
    'uncontrolled-resource-consumption',
    /\buncontrolled[\s-]resource[\s-]consumption\b|\bresource[\s-]exhaustion\b/gi,
    ['CWE-400'],
    'medium',
  ),
  rule(
    'redos',
    /\bReDoS\b|\bcatastrophic[\s-]backtracking\b|\bregular[\s-]expression[\s-]denial[\s-]of[\s-]service\b/gi,
    ['CWE-1333'],
    'high',
  ),
  // Cryptography and transport.
  rule(
    'improper-certificate-validation',
    /\bimproper[\s-](?:TLS[\s-]|SSL[\s-])?certificate[\s-]validation\b|\b(?:does[\s-]not|fails?[\s-]to)[\s-](?:properly[\s-])?(?:validate|verify)[\s-](?:TLS[\s-]|SSL[\s-]|server[\s-])?certificates?\b/gi,
    ['CWE-295'],
    'high',
  ),
  rule(
    'improper-signature-verification',
    /\bimproper[\s-](?:verification|validation)[\s-]of[\s-](?:a[\s-])?(?:cryptographic[\s-])?signatures?\b|\bsignature[\s-](?:verification|validation)[\s-]bypass\b/gi,
    ['CWE-347'],
    'high',
  ),
  rule(
    'cleartext-transmission',
    /\bclear[\s-]?text[\s-]transmission\b|\b(?:transmit(?:s|ted|ting)?|sends?|sent|sending)[\s-](?:\w+[\s-]){0,3}in[\s-](?:clear|plain)[\s-]?text\b/gi,
    ['CWE-319'],
    'high',
  ),
  rule(
    'cleartext-storage',
    /\bclear[\s-]?text[\s-]storage\b|\bstor(?:e[sd]?|ing)[\s-](?:\w+[\s-]){0,3}in[\s-](?:clear|plain)[\s-]?text\b/gi,
    ['CWE-312'],
    'high',
  ),
  rule(
    'missing-encryption',
    /\bmissing[\s-]encryption(?:[\s-]of[\s-]sensitive[\s-]data)?\b/gi,
    ['CWE-311'],
    'high',
  ),
  rule('inadequate-encryption-strength', /\binadequate[\s-]encryption[\s-]strength\b/gi, ['CWE-326'], 'high'),
  rule(
    'weak-cryptography',
    /\b(?:weak|broken|risky|insufficient|insecure|outdated)[\s-](?:cryptograph(?:y|ic[\s-]algorithms?)|encryption(?:[\s-]algorithms?)?|ciphers?|crypto)\b/gi,
    ['CWE-327'],
    'medium',
  ),
  rule('unsalted-hash', /\bunsalted[\s-](?:password[\s-])?hash(?:es)?\b/gi, ['CWE-759'], 'high'),
  rule(
    'weak-prng',
    /\b(?:weak|insecure|predictable)[\s-](?:pseudo[\s-]?)?random[\s-]number[\s-]generators?\b|\b(?:weak|insecure)[\s-]PRNGs?\b/gi,
    ['CWE-338'],
    'high',
  ),
  // Exposure (outcomes more than weaknesses).
  rule(
    'information-disclosure',
    /\b(?:sensitive[\s-])?information[\s-](?:disclosure|exposure|leak(?:age)?)\b/gi,
    ['CWE-200'],
    'low',
  ),
];

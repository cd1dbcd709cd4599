/**
 * Refanging: undoing the ways authors "defang" indicators so nobody clicks them. The table is data
 * so the README's refang table can be generated from it; `patterns.ts` accepts the same forms.
 */

/**
 * Each defang as written in articles, what it becomes, and the pattern that finds it. Bracketed
 * forms also match with spaces inside or around them: `evil [.] com`, `evil[ . ]com`, `ops [at] x`.
 */
export const defangs = [
  { written: '[.]', becomes: '.', pattern: / ?\[ ?\. ?\] ?/g },
  { written: '(.)', becomes: '.', pattern: / ?\( ?\. ?\) ?/g },
  { written: '{.}', becomes: '.', pattern: / ?\{ ?\. ?\} ?/g },
  { written: '[dot]', becomes: '.', pattern: / ?\[ ?dot ?\] ?/gi },
  { written: '(dot)', becomes: '.', pattern: / ?\( ?dot ?\) ?/gi },
  { written: '{dot}', becomes: '.', pattern: / ?\{ ?dot ?\} ?/gi },
  { written: '\\.', becomes: '.', pattern: /\\\./g },
  { written: 'hxxps', becomes: 'https', pattern: /\bhxxps(?=:|\[:)/gi },
  { written: 'hxxp', becomes: 'http', pattern: /\bhxxp(?=:|\[:)/gi },
  { written: 'fxp', becomes: 'ftp', pattern: /\bfxp(?=:|\[:)/gi },
  { written: '[://]', becomes: '://', pattern: /\[:\/\/\]/g },
  { written: '[:]', becomes: ':', pattern: /\[:\]/g },
  { written: '[at]', becomes: '@', pattern: / ?\[ ?at ?\] ?/gi },
  { written: '(at)', becomes: '@', pattern: / ?\( ?at ?\) ?/gi },
  { written: '{at}', becomes: '@', pattern: / ?\{ ?at ?\} ?/gi },
  { written: '[@]', becomes: '@', pattern: /\[@\]/g },
] as const;

/**
 * Undoes every defang in `defangs`; text without defangs comes back unchanged. Case is kept (except
 * `hXXp` becomes `http`): canonical forms are the extractors' job.
 *
 * @example
 * refang('hxxps[:]//evil[.]example[.]com/a'); // 'https://evil.example.com/a'
 * refang('ops[at]evil[dot]com'); // 'ops@evil.com'
 */
export function refang(raw: string): string {
  let out = raw;
  for (const { pattern, becomes } of defangs) out = out.replace(pattern, becomes);
  return out;
}

/**
 * True when the author defanged `raw` (it holds at least one form from `defangs`).
 *
 * @example
 * isDefanged('evil[.]com'); // true
 * isDefanged('evil.com'); // false
 */
export function isDefanged(raw: string): boolean {
  return refang(raw) !== raw;
}

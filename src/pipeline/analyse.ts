import type { Entity, Extraction, IncidentType, Organisation } from '../core/facts.js';
import { extractFacts } from '../extract/index.js';
import { builtinKb } from '../kb/builtin/index.js';
import type { Kb } from '../kb/types.js';
import { detectFormat } from '../sources/detect.js';
import { extractArticle } from '../sources/html.js';
import { canonicalUrl, registrableDomain } from '../sources/url.js';

export interface AnalyseOptions {
  kb?: Kb;
  /** Where the input came from, when known (used as the URL unless the page names a canonical one). */
  url?: string;
  title?: string;
  published?: string;
}

/** The `newsroom extract --json` contract: keys are only ever added, never renamed or reshaped. */
export interface ExtractResult {
  title: string;
  url: string | null;
  published: string | null;
  text: string;
  indicators: Extraction['indicators'];
  vulnerabilities: Extraction['vulnerabilities'];
  /** CWE weaknesses, by ID or described in words ("hardcoded credentials" → CWE-798). */
  weaknesses: Extraction['weaknesses'];
  techniques: Extraction['techniques'];
  actors: Entity[];
  malware: Entity[];
  organisations: Organisation[];
  /** Sectors named as affected or targeted. */
  sectors: Entity[];
  /** Countries named, as ISO 3166-1 alpha-2 codes. */
  countries: Entity[];
  claims: Extraction['claims'];
  incidentType: IncidentType;
  classification: Extraction['classification'];
}

/**
 * Extracts facts from one input: HTML is detected and reduced to the article first.
 * @example extract('<p>C2 at evil[.]com</p>').indicators[0]?.value // 'evil.com'
 */
export function extract(input: string, options: AnalyseOptions = {}): ExtractResult {
  const kb = options.kb ?? builtinKb();
  let title = options.title ?? '';
  let url = options.url ?? null;
  let published = options.published ?? null;
  let text = input.replace(/\r\n?/g, '\n');
  if (detectFormat(input) === 'html') {
    const article = extractArticle(input, options.url);
    text = article.text;
    title = title || article.title;
    url = article.canonicalUrl ?? url;
    published = published ?? article.published;
  } else if (!title) {
    title = text.trim().split('\n', 1)[0]?.slice(0, 200) ?? '';
  }
  const canonical = url ? canonicalUrl(url) : null;
  const ownDomains = canonical && !canonical.startsWith('file:') ? [registrableDomain(canonical)] : [];
  const facts = extractFacts(text, { kb, title, published, ownDomains, url: canonical });
  return {
    title,
    url: canonical,
    published,
    text,
    indicators: facts.indicators,
    vulnerabilities: facts.vulnerabilities,
    weaknesses: facts.weaknesses,
    techniques: facts.techniques,
    actors: facts.actors,
    malware: facts.malware,
    organisations: facts.organisations,
    sectors: facts.sectors,
    countries: facts.countries,
    claims: facts.claims,
    incidentType: facts.classification.type,
    classification: facts.classification,
  };
}

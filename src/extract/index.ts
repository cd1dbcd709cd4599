import type { Extraction } from '../core/facts.js';
import type { Kb } from '../kb/types.js';
import { extractClaims } from './claims.js';
import { classifyIncident } from './classify.js';
import { extractEntities } from './entities.js';
import { extractIndicators } from './indicators/index.js';
import { extractTechniques } from './techniques.js';
import { extractVulnerabilities } from './vulnerabilities.js';

export interface ExtractOptions {
  /** Reference data: technique names and tactics come from here. */
  kb: Kb;
  title?: string;
  /** ISO date of publication, to resolve relative dates ("last Tuesday"). */
  published?: string | null;
  /** The publisher's own domains: never reported as indicators. */
  ownDomains?: readonly string[];
}

/**
 * Every extractor over one document's clean text. Pure: no I/O, no clock, reference data passed in.
 * @example extractFacts('Exploited CVE-2024-3400 from 203.0.113.7', { kb: builtinKb() }).vulnerabilities[0]?.id // 'CVE-2024-3400'
 */
export function extractFacts(text: string, options: ExtractOptions): Extraction {
  const entities = extractEntities(text);
  return {
    indicators: extractIndicators(text, { ownDomains: options.ownDomains ?? [] }),
    vulnerabilities: extractVulnerabilities(text),
    techniques: extractTechniques(text, options.kb.techniques),
    actors: entities.actors,
    malware: entities.malware,
    organisations: entities.organisations,
    claims: extractClaims(text, options.published ?? undefined),
    classification: classifyIncident(text, options.title ?? ''),
  };
}

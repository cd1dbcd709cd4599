import { type Extraction, saysNoIncident, type Vulnerability } from '../core/facts.js';
import type { Kb } from '../kb/types.js';
import { extractClaims } from './claims.js';
import { roundupLead } from '../stories/roundup.js';
import { classifyIncident } from './classify.js';
import { extractEntities } from './entities.js';
import { extractIndicators } from './indicators/index.js';
import { techniqueModelFor } from './technique-model.js';
import { extractTechniques } from './techniques.js';
import { extractVulnerabilities } from './vulnerabilities.js';
import { extractWeaknesses } from './weaknesses.js';

export interface ExtractOptions {
  /** Reference data: technique names and tactics come from here. */
  kb: Kb;
  title?: string;
  /** ISO date of publication, to resolve relative dates ("last Tuesday"). */
  published?: string | null;
  /** The publisher's own domains: never reported as indicators. */
  ownDomains?: readonly string[];
  /** The document's canonical URL: never reported as an indicator. */
  url?: string | null;
}

/**
 * A headline's CVEs that the body never writes out ("CVE-2024-6387 (regreSSHion): update guidance"
 * over a body that says "the flaw"): the report is about them. Their evidence is the title.
 */
function withTitleCves(found: Vulnerability[], title: string, kev?: ReadonlySet<string>): Vulnerability[] {
  const known = new Set(found.map((v) => v.id));
  const titled = extractVulnerabilities(title, kev)
    .filter((v) => !known.has(v.id))
    .map((v) => ({ ...v, evidence: { start: 0, end: 0, text: title } }));
  return titled.length ? [...found, ...titled] : found;
}

/**
 * Every extractor over one document's clean text. Pure: no I/O, no clock, reference data passed in.
 * @example extractFacts('Exploited CVE-2024-3400 from 203.0.113.7', { kb: builtinKb() }).vulnerabilities[0]?.id // 'CVE-2024-3400'
 */
export function extractFacts(text: string, options: ExtractOptions): Extraction {
  // A round-up is typed by the event it leads with, not by every event its headline lists.
  const classification = classifyIncident(text, roundupLead(options.title ?? '') ?? options.title ?? '');
  const entities = extractEntities(
    text,
    options.kb,
    options.title ? { title: options.title, type: classification.type } : undefined,
  );
  return {
    indicators: extractIndicators(text, {
      ownDomains: options.ownDomains ?? [],
      ...(options.url ? { canonicalUrl: options.url } : {}),
      ...(options.kb.warninglists ? { warninglists: options.kb.warninglists } : {}),
    }),
    vulnerabilities: withTitleCves(
      extractVulnerabilities(text, options.kb.kev.size ? options.kb.kev : undefined),
      options.title ?? '',
      options.kb.kev.size ? options.kb.kev : undefined,
    ),
    weaknesses: extractWeaknesses(text, options.kb.cwe),
    techniques: extractTechniques(
      text,
      options.kb.techniques,
      options.kb.attack ? techniqueModelFor(options.kb.attack) : undefined,
    ),
    actors: entities.actors,
    malware: entities.malware,
    organisations: entities.organisations,
    sectors: entities.sectors,
    countries: entities.countries,
    claims: extractClaims(text, options.published ?? undefined, {
      takedown: classification.type === 'law-enforcement',
      ransomware: classification.type === 'ransomware',
      // Only a report shown to be no incident (an outage, a launch), not one with too few cues to say.
      noIncident: saysNoIncident(classification),
    }),
    classification,
  };
}

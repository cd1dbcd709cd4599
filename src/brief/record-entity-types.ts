/** What an affected organisation is: the built-in agency/company table, its own words, its sector. */
import { builtinOrganisations } from '../extract/entities-builtin.js';
import type { SectorId } from '../extract/sectors-table.js';
import type { StorySentence } from './record-text.js';
import { type AffectedEntity, type EntityType, unknown } from './record-types.js';

/** The built-in organisation table's roles as entity types: an agency is government, a security company a company. */
const tableTypes = new Map<string, EntityType>(
  builtinOrganisations.flatMap((org) =>
    [org.name, ...(org.aliases ?? [])].map(
      (name) => [name, org.role === 'agency' ? 'government' : 'company'] as const,
    ),
  ),
);

/** Sectors whose members are of one kind; other sectors mix companies and public bodies. */
export const sectorTypes: Partial<Record<SectorId, EntityType>> = {
  healthcare: 'healthcare',
  government: 'government',
  defence: 'government',
  education: 'education',
  'non-profit': 'non-profit',
  finance: 'company',
  insurance: 'company',
  telecommunications: 'company',
  technology: 'company',
  retail: 'company',
  automotive: 'company',
  hospitality: 'company',
  legal: 'company',
};

/** Words in an organisation's own name that say what it is. */
const nameTypes: readonly (readonly [EntityType, RegExp])[] = [
  ['healthcare', /\b(?:Hospitals?|Health(?:care)?|Medical|Clinic|NHS|Pharmacy)\b/],
  ['education', /\b(?:University|College|School|Academy)\b/],
  ['government', /\b(?:Ministry|Department|Agency|Council|County|City of|Government|Municipality)\b/],
  ['non-profit', /\b(?:Foundation|Charity)\b/],
  ['company', /\b(?:Inc|Ltd|LLC|Corp|Corporation|Company|GmbH|AG|plc|Holdings|Technologies|Bank)\b/],
];

/** "<name>, a UK carmaker" / "<name>, the hospital operator": an appositive that says what it is. */
const appositive =
  /^,\s(?:a|an|the)\s(?:[\w'-]+\s){0,3}?(company|firm|manufacturer|maker|carmaker|retailer|provider|operator|carrier|bank|insurer|hospital|health system|university|college|school|agency|ministry|department|charity|non-?profit)\b/i;
const appositiveTypes: Readonly<Record<string, EntityType>> = {
  hospital: 'healthcare',
  'health system': 'healthcare',
  university: 'education',
  college: 'education',
  school: 'education',
  agency: 'government',
  ministry: 'government',
  department: 'government',
  charity: 'non-profit',
  'non-profit': 'non-profit',
  nonprofit: 'non-profit',
};

/**
 * The type of a named victim: the built-in table (agency → government, security company →
 * company), an appositive in a sentence naming it, words in its name, or its sector; else unknown.
 */
export function typeOf(
  name: string,
  cites: number[],
  sentences: readonly StorySentence[],
  industry: AffectedEntity['industry'],
  sector: SectorId | undefined,
): AffectedEntity['type'] {
  const table = tableTypes.get(name);
  if (table) return { text: table, evidence: null, cites };
  for (const s of sentences) {
    const at = s.text.indexOf(name);
    const word = at >= 0 ? appositive.exec(s.text.slice(at + name.length))?.[1]?.toLowerCase() : undefined;
    if (word) return { text: appositiveTypes[word] ?? 'company', evidence: s.text, cites: s.cites };
  }
  const byName = nameTypes.find(([, cue]) => cue.test(name))?.[0];
  if (byName) return { text: byName, evidence: null, cites };
  const bySector = sector ? sectorTypes[sector] : undefined;
  return bySector && industry !== unknown ? { ...industry, text: bySector } : unknown;
}

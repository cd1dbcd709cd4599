import type { Entity } from '../core/facts.js';
import { countryTable } from '../extract/countries-table.js';
import { type SectorId, sectorTable } from '../extract/sectors-table.js';
import type { StoryBundle } from '../stories/types.js';
import { sectorTypes, typeOf } from './record-entity-types.js';
import { type Named, type StorySentence, namedFacts } from './record-text.js';
import { type AffectedEntity, unknown } from './record-types.js';

/** ISO code → the names and adjectives of the country, its usual name first. */
const countryForms = new Map(
  countryTable.map(([code, ...forms]) => [code, code === 'US' ? [...forms, 'US'] : forms]),
);
const sectorLabel = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

/** Sector words too ambiguous inside a company's name ("Carrier Global" makes air conditioners). */
const notInNames: ReadonlySet<string> = new Set(['carrier', 'patient', 'student', 'journalist', 'publisher']);

/** A sector word in an organisation's own name: "Change Healthcare", "Example Hospital". */
function sectorOfName(name: string): SectorId | undefined {
  const lower = ` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return (Object.keys(sectorTable) as SectorId[]).find((id) =>
    sectorTable[id].some(
      (word) => !notInNames.has(word) && word.length > 3 && lower.includes(` ${word.toLowerCase()} `),
    ),
  );
}

/** Does `text` name `phrase` as a whole phrase ("UK" in "the UK's", not in "UKG")? */
function names(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** The first of the story's countries named in a sentence that also names the organisation. */
function locationOf(
  name: string,
  countries: readonly Named<Entity>[],
  mentions: readonly StorySentence[],
): AffectedEntity['location'] {
  for (const s of mentions) {
    const country = countries.find((c) =>
      (countryForms.get(c.fact.name) ?? []).some((f) => names(s.text, f)),
    );
    if (country) {
      const text = countryForms.get(country.fact.name)?.[0] ?? country.fact.name;
      return { text, evidence: s.text, cites: s.cites };
    }
  }
  return unknown;
}

/** The fact of a kind whose evidence sentence names the organisation. */
function besideName(facts: readonly Named<Entity>[], name: string): Named<Entity> | undefined {
  return facts.find((f) => f.fact.evidence.text.includes(name));
}

/**
 * Victims with their industry (a sector named beside them or in their name), location (a country
 * named beside them) and type (built-in agency/company table, an appositive, words in their name);
 * then sectors named as hit without an organisation's name.
 */
export function affectedEntities(bundle: StoryBundle, sentences: readonly StorySentence[]): AffectedEntity[] {
  const sectors = namedFacts(
    bundle,
    (x) => x.sectors,
    (e) => e.name,
  );
  const countries = namedFacts(
    bundle,
    (x) => x.countries,
    (e) => e.name,
  );
  const used = new Set<string>();
  const victims = namedFacts(
    bundle,
    (x) => x.organisations.filter((o) => o.role === 'victim'),
    (o) => o.name,
  ).map(({ fact, cites }): AffectedEntity => {
    const own = sectorOfName(fact.name);
    const sector = own ? undefined : besideName(sectors, fact.name);
    used.add(own ?? sector?.fact.name ?? '');
    const mentions = sentences.filter((s) => s.text.includes(fact.name));
    const industry: AffectedEntity['industry'] = own
      ? { text: sectorLabel(own), evidence: null, cites }
      : sector
        ? { text: sectorLabel(sector.fact.name), evidence: sector.fact.evidence.text, cites: sector.cites }
        : unknown;
    return {
      name: { text: fact.name, evidence: fact.evidence.text, cites },
      industry,
      location: locationOf(fact.name, countries, mentions),
      type: typeOf(fact.name, cites, mentions, industry, own ?? (sector?.fact.name as SectorId | undefined)),
    };
  });
  const bySector = sectors
    .filter((s) => !used.has(s.fact.name))
    .map(({ fact, cites }): AffectedEntity => {
      const type = sectorTypes[fact.name as SectorId];
      return {
        name: unknown,
        industry: { text: sectorLabel(fact.name), evidence: fact.evidence.text, cites },
        location: unknown,
        type: type ? { text: type, evidence: fact.evidence.text, cites } : unknown,
      };
    });
  return [...victims, ...bySector];
}

/**
 * The events of the clustering corpus (`cluster-corpus.ts`): type, time, victim, actor, vendor and
 * CVEs, malware, indicators and the event-level details every report of it shares. Names come from
 * pools scaled to the corpus size and picked with a skew, so a few actors and vendors recur across
 * many events (the same gang, the same appliance vendor with another CVE) and most recur rarely.
 */
import { type Rng, type Sector } from './cluster-names.js';
import * as names from './cluster-names.js';
import { details } from './cluster-templates.js';

export const eventTypes = {
  ransomware: 0.24,
  'data-breach': 0.14,
  'vulnerability-exploitation': 0.2,
  espionage: 0.08,
  ddos: 0.07,
  'law-enforcement': 0.06,
  'malware-campaign': 0.1,
  'phishing-fraud': 0.07,
  'supply-chain': 0.04,
} as const;
export type EventType = keyof typeof eventTypes;

/** The ground truth of one event: what every report of it may say. */
export interface EventTruth {
  label: number;
  type: EventType;
  /** Epoch milliseconds of the event. */
  start: number;
  victim: string | null;
  sector: Sector;
  actor: string | null;
  vendor: string | null;
  product: string | null;
  cves: string[];
  malware: string[];
  botnet: string | null;
  operation: string | null;
  iocs: string[];
  country: string;
  city: string;
  /** The victim's or vendor's spokesperson, quoted by several reports. */
  person: string;
  /** The security firm and researcher that analysed it. */
  firm: string;
  researcher: string;
  /** Event-level wording choices (access route, data types, the affected system…). */
  details: Record<string, string>;
  /** Base figures; later reports revise some of them. */
  figures: Record<string, number>;
}

export const day = 86_400_000;
const corpusStart = Date.UTC(2023, 0, 1);
const corpusSpan = 3 * 365 * day;
const countries = [
  'the United States',
  'the United Kingdom',
  'Germany',
  'France',
  'Canada',
  'Australia',
  'Japan',
  'Brazil',
  'Spain',
  'Italy',
  'the Netherlands',
  'India',
  'Poland',
  'Sweden',
];

function weighted<T extends string>(rng: Rng, table: Record<T, number>): T {
  let r = rng.next();
  const entries = Object.entries(table) as [T, number][];
  for (const [key, weight] of entries) if ((r -= weight) < 0) return key;
  return (entries[entries.length - 1] as [T, number])[0];
}

export interface Pools {
  crime: string[];
  spy: string[];
  malware: string[];
  botnets: string[];
  vendors: { name: string; products: readonly string[] }[];
  cities: string[];
  firms: string[];
  used: Set<string>;
}

/** A few names get most events (a LockBit), most get a handful: index ∝ u². */
function skewed<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(list.length * rng.next() ** 2)] as T;
}

export function makePools(rng: Rng, events: number): Pools {
  const used = new Set<string>();
  const many = (count: number, make: () => string): string[] =>
    Array.from({ length: Math.max(5, Math.round(count)) }, () => names.unique(rng, make, used));
  const vendors = [
    ...names.bigVendors.map(([name, products]) => ({ name, products })),
    ...Array.from({ length: Math.max(10, Math.round(events / 80)) }, () => names.vendor(rng)),
  ];
  return {
    crime: many(events / 8, () => names.crimeActor(rng)),
    spy: many(events / 25, () => names.spyActor(rng)),
    malware: many(events / 15, () => names.malwareName(rng)),
    botnets: many(events / 50, () => names.botnetName(rng)),
    vendors,
    cities: many(events / 30, () => names.word(rng)),
    firms: many(
      40,
      () => `${names.word(rng, 2)} ${rng.pick(['Security', 'Intelligence', 'Labs', 'Defense'])}`,
    ),
    used,
  };
}

function pickDetails(rng: Rng): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [slot, options] of Object.entries(details)) out[slot] = rng.pick(options);
  const [a = '', b = ''] = rng.shuffle(details.dataTypes ?? []);
  out.dataTypes = `${a} and ${b}`;
  out.system = `its ${names.word(rng, 2)} ${out.systemKind ?? 'system'}`;
  out.version = `${rng.int(1, 24)}.${rng.int(0, 9)}.${rng.int(1, 40)}`;
  out.weeks = String(rng.int(3, 9));
  return out;
}

export function makeEvent(rng: Rng, label: number, pools: Pools, earlier: readonly EventTruth[]): EventTruth {
  const type = weighted(rng, eventTypes);
  const sector: Sector =
    type === 'ransomware' && rng.chance(0.25) ? 'healthcare' : rng.pick(names.sectorNames);
  const fresh = (make: () => string): string => names.unique(rng, make, pools.used);
  const start = corpusStart + Math.floor(rng.next() * (corpusSpan - 30 * day));
  const year = new Date(start).getUTCFullYear();
  const e: EventTruth = {
    label,
    type,
    start,
    victim: null,
    sector,
    actor: null,
    vendor: null,
    product: null,
    cves: [],
    malware: [],
    botnet: null,
    operation: null,
    iocs: [],
    country: rng.pick(countries),
    city: rng.pick(pools.cities),
    person: fresh(() => names.person(rng)),
    firm: rng.pick(pools.firms),
    researcher: fresh(() => names.person(rng)),
    details: pickDetails(rng),
    figures: {
      money: rng.int(1, 80),
      dataGb: rng.int(50, 2000),
      count: rng.int(2, 900) * 1000,
      size: rng.int(10, 65) / 10,
      minutes: rng.int(1, 60),
      arrests: rng.int(1, 9),
      servers: rng.int(10, 900),
      countries: rng.int(3, 20),
      cvss: rng.int(75, 100) / 10,
      staff: rng.int(2, 400) * 50,
    },
  };
  const withVendor = (big: number): void => {
    const vendor = rng.chance(big)
      ? (pools.vendors[rng.int(0, names.bigVendors.length - 1)] ?? rng.pick(pools.vendors))
      : rng.pick(pools.vendors);
    e.vendor = vendor.name;
    e.product = rng.pick(vendor.products);
    e.cves.push(fresh(() => names.cveId(rng, year)));
  };
  const iocs = (p: number, max: number): void => {
    if (!rng.chance(p)) return;
    for (let i = rng.int(1, max); i > 0; i--)
      e.iocs.push(fresh(() => (rng.chance(0.6) ? names.ipv4(rng) : names.domain(rng))));
  };
  const victim = (): void => {
    e.victim = fresh(() => names.victimName(rng, sector));
  };
  switch (type) {
    case 'ransomware': {
      victim();
      e.actor = skewed(rng, pools.crime);
      if (rng.chance(0.4)) e.malware.push(skewed(rng, pools.malware));
      iocs(0.3, 2);
      const source = earlier.length ? earlier[rng.int(0, earlier.length - 1)] : undefined;
      if (rng.chance(0.08) && source?.type === 'vulnerability-exploitation' && source.start < start) {
        e.vendor = source.vendor;
        e.product = source.product;
        e.cves.push(...source.cves.slice(0, 1));
      }
      break;
    }
    case 'data-breach':
      victim();
      if (rng.chance(0.5)) e.actor = skewed(rng, pools.crime);
      break;
    case 'vulnerability-exploitation':
      withVendor(0.6);
      if (rng.chance(0.35)) e.cves.push(fresh(() => names.cveId(rng, year)));
      if (rng.chance(0.3)) e.actor = rng.chance(0.7) ? skewed(rng, pools.spy) : skewed(rng, pools.crime);
      if (rng.chance(0.3)) e.malware.push(fresh(() => names.malwareName(rng)));
      iocs(0.5, 3);
      break;
    case 'espionage':
      e.actor = skewed(rng, pools.spy);
      if (rng.chance(0.6)) victim();
      e.malware.push(rng.chance(0.5) ? fresh(() => names.malwareName(rng)) : skewed(rng, pools.malware));
      if (rng.chance(0.3)) withVendor(0.8);
      iocs(0.6, 3);
      break;
    case 'ddos':
      victim();
      e.botnet = skewed(rng, pools.botnets);
      if (rng.chance(0.3)) e.actor = skewed(rng, pools.crime);
      break;
    case 'law-enforcement':
      e.operation = fresh(() => names.operationName(rng));
      e.botnet = skewed(rng, pools.botnets);
      if (rng.chance(0.5)) e.malware.push(skewed(rng, pools.malware));
      break;
    case 'malware-campaign':
      if (rng.chance(0.6)) e.botnet = skewed(rng, pools.botnets);
      e.malware.push(skewed(rng, pools.malware));
      if (rng.chance(0.4)) e.actor = skewed(rng, pools.crime);
      if (rng.chance(0.3)) withVendor(0.5);
      iocs(0.7, 3);
      break;
    case 'phishing-fraud':
      victim();
      if (rng.chance(0.5)) e.actor = skewed(rng, pools.crime);
      iocs(0.8, 3);
      break;
    case 'supply-chain':
      withVendor(0.1);
      e.malware.push(fresh(() => names.malwareName(rng)));
      if (rng.chance(0.5)) e.actor = skewed(rng, pools.spy);
      iocs(0.5, 2);
      break;
  }
  return e;
}

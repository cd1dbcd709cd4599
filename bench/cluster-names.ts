/**
 * Seeded randomness and made-up names for the clustering corpus (`cluster-corpus.ts`): victims,
 * actors, malware, botnets, vendors, outlets, CVEs and indicators built from syllables, so a
 * 100,000-document corpus holds thousands of distinct names instead of a small pool.
 */

/** A deterministic PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  shuffle<T>(list: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    shuffle<T>(list: readonly T[]): T[] {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

const onsets = 'b br c d dr f g gr h k kl l m n p pr qu r s st t tr v w z'.split(' ');
const vowels = 'a e i o u ae ia io ou y'.split(' ');
const codas = ' n r l s th x m nd rk v'.split(' ');

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A pronounceable made-up word of 2–3 syllables ("Brionar", "Kelvath"). */
export function word(rng: Rng, syllables = rng.int(2, 3)): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += rng.pick(onsets) + rng.pick(vowels) + rng.pick(codas);
  return capitalise(out);
}

export const sectors = {
  healthcare: ['Regional Hospital', 'Health System', 'Medical Center', 'Children’s Hospital', 'Health'],
  finance: ['Bank', 'Credit Union', 'Capital', 'Insurance', 'Savings Bank'],
  education: ['University', 'School District', 'College', 'Community College'],
  government: ['County', 'City Council', 'Borough Council', 'Water Authority'],
  manufacturing: ['Industries', 'Motors', 'Steelworks', 'Manufacturing', 'Components'],
  retail: ['Stores', 'Retail Group', 'Outfitters', 'Supermarkets'],
  logistics: ['Logistics', 'Freight', 'Shipping', 'Port Authority'],
  telecom: ['Telecom', 'Mobile', 'Broadband', 'Networks'],
  energy: ['Energy', 'Power', 'Utilities', 'Gas'],
  technology: ['Software', 'Cloud', 'Data Systems', 'Digital'],
} as const;
export type Sector = keyof typeof sectors;
export const sectorNames = Object.keys(sectors) as Sector[];
export const sectorWords: Record<Sector, string> = {
  healthcare: 'hospital',
  finance: 'bank',
  education: 'university',
  government: 'local authority',
  manufacturing: 'manufacturer',
  retail: 'retailer',
  logistics: 'logistics company',
  telecom: 'telecoms operator',
  energy: 'energy supplier',
  technology: 'software company',
};

/** What an outage at a victim of each sector takes down. */
export const sectorServices: Record<Sector, string> = {
  healthcare: 'emergency departments and scheduled operations',
  finance: 'online banking and card payments',
  education: 'student portals and exams',
  government: 'council tax payments and benefit services',
  manufacturing: 'production lines',
  retail: 'online orders and click-and-collect',
  logistics: 'container terminals and deliveries',
  telecom: 'mobile and broadband services',
  energy: 'billing and smart meter services',
  technology: 'customer dashboards and APIs',
};

const firstNames =
  'Anna Ben Chloe Daniel Elena Farid Grace Hiro Ines Jonas Kavya Liam Maya Noah Olga Pedro Rosa Sami Tara Viktor'.split(
    ' ',
  );

/** A person quoted in a report: "Maya Brionar". */
export const person = (rng: Rng): string => `${rng.pick(firstNames)} ${word(rng, 2)}`;

/** Names that are handed out once: a set remembers what was used. */
export function unique(rng: Rng, make: () => string, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const name = attempt < 20 ? make() : `${make()} ${word(rng, 1)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export const victimName = (rng: Rng, sector: Sector): string => `${word(rng)} ${rng.pick(sectors[sector])}`;

const adjectives =
  'Scattered Velvet Hollow Silent Crimson Iron Pale Copper Frozen Wandering Broken Hidden Quiet Ashen Golden Restless Bitter Lunar'.split(
    ' ',
  );
const animals =
  'Spider Mantis Heron Jackal Lynx Viper Raven Badger Otter Hornet Falcon Marten Gecko Bison Squid Weasel'.split(
    ' ',
  );
const nationSuffix = ['Typhoon', 'Panda', 'Bear', 'Kitten', 'Chollima', 'Blizzard', 'Sandstorm', 'Sleet'];

/** A ransomware or extortion gang: "Brionar", "Kelvath Locker", "Velvet Mantis". */
export function crimeActor(rng: Rng): string {
  const r = rng.next();
  if (r < 0.4) return word(rng);
  if (r < 0.7) return `${word(rng, 2)} ${rng.pick(['Locker', 'Leaks', 'Crypt', 'Team'])}`;
  return `${rng.pick(adjectives)} ${rng.pick(animals)}`;
}

/** A state-linked group: "Vostra Typhoon", "UNC4821", "APT 63". */
export function spyActor(rng: Rng): string {
  const r = rng.next();
  if (r < 0.6) return `${word(rng, 2)} ${rng.pick(nationSuffix)}`;
  if (r < 0.85) return `UNC${rng.int(1000, 6999)}`;
  return `APT${rng.int(44, 99)}`;
}

export const malwareName = (rng: Rng): string =>
  `${word(rng, 2)}${rng.pick(['Loader', 'Stealer', 'RAT', 'Door', 'Shell', 'Drop', 'Wiper', 'Agent'])}`;

export const botnetName = (rng: Rng): string => `${word(rng, 2)}${rng.pick(['bot', 'net', 'Bot', ''])}`;

/** Real vendors whose appliances appear in the news again and again (many CVEs each). */
export const bigVendors = [
  ['Ivanti', ['Connect Secure', 'Endpoint Manager Mobile', 'Policy Secure', 'Cloud Services Appliance']],
  ['Fortinet', ['FortiOS', 'FortiManager', 'FortiWeb', 'FortiClient EMS']],
  ['Citrix', ['NetScaler ADC', 'NetScaler Gateway', 'ShareFile']],
  ['Cisco', ['IOS XE', 'Adaptive Security Appliance', 'Smart Licensing Utility']],
  ['Palo Alto Networks', ['PAN-OS', 'GlobalProtect', 'Expedition']],
  ['Microsoft', ['Exchange Server', 'SharePoint Server', 'Windows SmartScreen', 'Outlook']],
  ['VMware', ['vCenter Server', 'ESXi', 'Aria Operations']],
  ['Atlassian', ['Confluence Data Center', 'Jira Service Management']],
  ['SonicWall', ['SMA 100', 'SonicOS']],
  ['Progress', ['MOVEit Transfer', 'WS_FTP Server', 'Telerik Report Server']],
  ['Juniper', ['Junos OS', 'SRX Series']],
  ['Zyxel', ['NAS326', 'ATP firewall']],
  ['Veeam', ['Backup & Replication']],
  ['Apache', ['Struts', 'ActiveMQ', 'Tomcat']],
] as const;

export function vendor(rng: Rng): { name: string; products: string[] } {
  const name = `${word(rng, 2)} ${rng.pick(['Networks', 'Systems', 'Software', 'Technologies', 'Labs'])}`;
  const kinds = ['Gateway', 'VPN', 'File Transfer', 'Mail Relay', 'Endpoint Manager', 'Firewall', 'Backup'];
  const products = rng.shuffle(kinds).slice(0, rng.int(2, 4));
  return { name, products: products.map((p) => `${word(rng, 1)}${p === 'VPN' ? ' Secure VPN' : ` ${p}`}`) };
}

export const operationName = (rng: Rng): string =>
  `Operation ${rng.chance(0.5) ? rng.pick(['Endgame', 'Cronos', 'Magnus', 'Duck Hunt', 'Morpheus', 'PowerOFF', 'Talent', 'Saffron', 'Lighthouse', 'Tovar']) + ' ' + word(rng, 1) : word(rng)}`;

const tlds = ['com', 'net', 'org', 'io', 'info', 'top', 'xyz', 'online', 'live', 'site'];

export function ipv4(rng: Rng): string {
  let first = rng.int(11, 223);
  while ([127, 169, 172, 192, 100].includes(first)) first = rng.int(11, 223);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export const domain = (rng: Rng): string =>
  `${rng.pick(['update', 'cdn', 'login', 'secure', 'api', 'sync', 'portal'])}-${word(rng, 2).toLowerCase()}.${rng.pick(tlds)}`;

/** Defangs an indicator the way reports do ("203.0.113[.]7", "evil[.]com"). */
export const defang = (value: string): string => value.replace(/\.(?=[^.]*$)/, '[.]');

export const cveId = (rng: Rng, year: number): string => `CVE-${year}-${rng.int(1000, 59999)}`;

export type OutletKind = 'news' | 'vendor' | 'government' | 'aggregator' | 'researcher';

export interface Outlet {
  name: string;
  domain: string;
  kind: OutletKind;
}

/** A fictional publisher ("Brionar Security Post", brionarsecuritypost.com). */
export function outlet(rng: Rng): Outlet {
  const kind = rng.pick<OutletKind>([
    'news',
    'news',
    'news',
    'vendor',
    'government',
    'aggregator',
    'researcher',
  ]);
  const base = word(rng, 2);
  const tail = {
    news: ['Security Post', 'Cyber Times', 'Infosec News', 'Tech Herald', 'Daily Breach'],
    vendor: ['Labs', 'Threat Research', 'Security Blog'],
    government: ['CERT', 'Cyber Centre', 'CSIRT'],
    aggregator: ['Weekly', 'Digest', 'Roundup'],
    researcher: ['Research', 'Intel Notes'],
  }[kind];
  const name = `${base} ${rng.pick(tail)}`;
  const tld = kind === 'government' ? 'gov.example' : rng.pick(['com', 'net', 'io', 'news']);
  return { name, domain: `${name.toLowerCase().replace(/[^a-z]+/g, '')}.${tld}`, kind };
}

/** A small corpus for the correction tests: three events in one feed, and later reports. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Item {
  title: string;
  link: string;
  date: string;
  body: string;
}

// Each report names its own relay (its own evidence), so a later report naming both relays ties the
// two halves of a split story together on independent evidence, and would bridge them.
const gate = (lead: string, relay = 'gate-sync[.]top') =>
  `${lead} Attackers are exploiting CVE-2031-11111, an authentication bypass in the Acme SecureGate VPN appliance, to plant a web shell. The implant beacons to ${relay} and 203.0.113.77 is not involved. Acme urges customers to patch SecureGate now; CVE-2031-11111 is rated critical and exploitation of SecureGate appliances continues.`;

const items: Item[] = [
  {
    title: 'Acme SecureGate flaw CVE-2031-11111 exploited in the wild',
    link: 'https://wire.example.com/securegate-cve-2031-11111',
    date: 'Mon, 03 Mar 2025 09:00:00 GMT',
    body: gate('A critical Acme SecureGate vulnerability is under active attack.'),
  },
  {
    title: 'Web shells found on Acme SecureGate devices after CVE-2031-11111 attacks',
    link: 'https://labs.example.net/securegate-webshells',
    date: 'Tue, 04 Mar 2025 10:00:00 GMT',
    body: gate('Researchers found web shells on hundreds of Acme SecureGate appliances.', 'gate-relay[.]top'),
  },
  {
    title: 'Ransomware attack on Northwind Clinic disrupts patient care',
    link: 'https://wire.example.com/northwind-clinic-ransomware',
    date: 'Wed, 12 Mar 2025 08:00:00 GMT',
    body: 'Northwind Clinic said a ransomware attack encrypted its scheduling systems and disrupted patient care. Northwind Clinic diverted ambulances while it restored systems from backups. The attackers encrypted 1,250 computers and demanded a ransom.',
  },
  {
    title: 'Northwind Clinic restores systems after ransomware attack',
    link: 'https://news.example.org/northwind-clinic-restores',
    date: 'Fri, 14 Mar 2025 08:00:00 GMT',
    body: 'Northwind Clinic restored most systems after the ransomware attack that disrupted patient care this week. Northwind Clinic said the records of 48,500 patients were encrypted but backups were intact.',
  },
  {
    title: 'DDoS attack knocks Contoso Bank online banking offline',
    link: 'https://news.example.org/contoso-bank-ddos',
    date: 'Thu, 20 Mar 2025 12:00:00 GMT',
    body: 'A distributed denial-of-service attack knocked Contoso Bank online banking offline for six hours. Contoso Bank said no customer data was affected by the DDoS attack.',
  },
];

/** The body in paragraphs, long enough (600 characters) to be taken as the full article, not fetched. */
const full = (body: string): string => {
  const paragraphs = [`<p>${body}</p>`];
  while (paragraphs.join('').length < 700) paragraphs.push(`<p>${body}</p>`);
  return paragraphs.join('');
};

const rss = (list: readonly Item[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Correction test wire</title><link>https://wire.example.com/</link>
${list
  .map(
    (item) =>
      `<item><title>${item.title}</title><link>${item.link}</link><pubDate>${item.date}</pubDate><content:encoded><![CDATA[${full(item.body)}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`;

/** A later report of the SecureGate event: it matches both halves of a split SecureGate story. */
const bridge: Item = {
  title: 'CISA adds Acme SecureGate CVE-2031-11111 to its exploited list',
  link: 'https://alerts.example.gov/securegate-cve-2031-11111',
  date: 'Wed, 05 Mar 2025 15:00:00 GMT',
  body: `${gate('CISA warned that Acme SecureGate appliances are being compromised.')} Implants on other appliances beacon to gate-relay[.]top.`,
};

/** A later report of the Northwind Clinic event. */
const northwind: Item = {
  title: 'Northwind Clinic ransomware attack: patient care still disrupted',
  link: 'https://alerts.example.gov/northwind-clinic-update',
  date: 'Sat, 15 Mar 2025 09:00:00 GMT',
  body: 'Northwind Clinic said a ransomware attack encrypted 1,250 computers and disrupted patient care. Northwind Clinic restored most systems after the ransomware attack that disrupted patient care this week. Northwind Clinic said the records of 48,500 patients were encrypted but backups were intact.',
};

/** Writes the corpus: `feed` (five reports, three events) and the later reports, one feed each. */
export function writeCorpus(): { feed: string; bridge: string; northwind: string } {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-corrections-'));
  const files = { feed: rss(items), bridge: rss([bridge]), northwind: rss([northwind]) };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.xml`), text);
  return {
    feed: join(dir, 'feed.xml'),
    bridge: join(dir, 'bridge.xml'),
    northwind: join(dir, 'northwind.xml'),
  };
}

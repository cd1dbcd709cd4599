/**
 * The fixed report-level split of TRAM 2 (`tram2_docs.jsonl`, 151 reports) used by
 * `bench/accuracy-tram.ts`. Reports are ordered by the FNV-1a 32-bit hash of their file name (ties by
 * name) and the first 31 are held out: never looked at, never tuned on. Thresholds and lexicon rules
 * are chosen on the other 120 (TRAIN). The list is written out so the split survives a change of
 * hash or of the data; `heldOutByHash` recomputes it, and the harness checks that both agree.
 */

export const heldOutCount = 31;

/** The held-out TEST reports, by TRAM `file` name. */
export const heldOutFiles: readonly string[] = [
  'AA20258A Chinese Ministry of State SecurityAffiliated Cyber Threat Actor Activity.mjson',
  'AA21200B Chinese StateSponsored Cyber Operations Observed TTPs.mjson',
  'AA22320A Iranian GovernmentSponsored APT Actors Compromise Federal Network Deploy Crypto Miner Credential Harvester.mjson',
  'Analysis on recent wiper attacks examples and how wiper malware works.mjson',
  'BumbleBee Roasts Its Way to Domain Admin.mjson',
  'Carbon Blacks TrueBot Detection.mjson',
  'Conti Team One Splinter Group Resurfaces as Royal Ransomware with Callback Phishing Attacks.mjson',
  'Defending Users NAS Devices From Evolving Threats.mjson',
  'Detecting Credential Stealing Attacks Through Active InNetwork Defense.mjson',
  'Fantasy  a new Agrius wiper deployed through a supplychain attack.mjson',
  'GuLoader Demystified Unraveling its Vectored Exception Handler Approach.mjson',
  'LockBit 20 How This RaaS Operates and How to Protect Against It.mjson',
  'MERCURY and DEV1084 Destructive attack on hybrid environment.mjson',
  'Malware Spotlight Camaro Dragons TinyNote Backdoor.mjson',
  'Nefilim Ransomware.mjson',
  'New Horabot campaign targets the Americas.mjson',
  'New RapperBot Campaign  We Know What You Bruting for this Time.mjson',
  'OpenSource Gh0st RAT Still Haunting Inboxes 15 Years After Release.mjson',
  'Rorschach  A New Sophisticated and Fast Ransomware  Check Point Research.mjson',
  'SOC Team Essentials  How to Investigate and Track the 8220 Gang Cloud Threat.mjson',
  'SYS01 Stealer Will Steal Your Facebook Info.mjson',
  'Spike in LokiBot Activity During Final Week of 2022.mjson',
  'StopRansomware Royal Ransomware.mjson',
  'Technical Analysis Black Basta Malware Overview.mjson',
  'Threat Assessment Black Basta Ransomware.mjson',
  'Threat actors strive to cause Tax Day headaches.mjson',
  'UNC215 Spotlight on a Chinese Espionage Campaign in Israel.mjson',
  'Understanding DNS attacks Identifying and patching vulnerabilities  Snyk.mjson',
  'Unwrapping Ursnifs Gifts  The DFIR Report.mjson',
  'Updated New Evidence Emerges to Suggest WatchDog Was Behind Crypto Campaign.mjson',
  'Vice Society leverages PrintNightmare in ransomware attacks.mjson',
];

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** Recomputes the held-out set from the file names: the `heldOutCount` lowest hashes. */
export function heldOutByHash(files: readonly string[]): string[] {
  return [...files]
    .sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1))
    .slice(0, heldOutCount)
    .sort();
}

import { publishers } from './entry.js';

/** Established security and general press: T2. */
const establishedNews = publishers('news', 'T2', [
  ['bleepingcomputer.com', 'BleepingComputer', 'B'],
  ['therecord.media', 'The Record (Recorded Future News)', 'B'],
  ['securityweek.com', 'SecurityWeek', 'B'],
  ['darkreading.com', 'Dark Reading', 'B'],
  ['thehackernews.com', 'The Hacker News', 'C'],
  ['krebsonsecurity.com', 'Krebs on Security', 'B'],
  ['cyberscoop.com', 'CyberScoop', 'B'],
  ['404media.co', '404 Media', 'B'],
  ['risky.biz', 'Risky Business', 'B'],
  ['arstechnica.com', 'Ars Technica', 'B'],
  ['theregister.com', 'The Register', 'B'],
  ['techcrunch.com', 'TechCrunch', 'B'],
  ['wired.com', 'WIRED', 'B'],
  ['theverge.com', 'The Verge', 'B'],
  ['zdnet.com', 'ZDNET', 'C'],
  ['infosecurity-magazine.com', 'Infosecurity Magazine', 'B'],
  ['helpnetsecurity.com', 'Help Net Security', 'B'],
  ['scworld.com', 'SC Media', 'B'],
  ['csoonline.com', 'CSO Online', 'B'],
  ['cybersecuritydive.com', 'Cybersecurity Dive', 'B'],
  ['govinfosecurity.com', 'GovInfoSecurity (ISMG)', 'B', 'ISMG'],
  ['bankinfosecurity.com', 'BankInfoSecurity (ISMG)', 'B', 'ISMG'],
  ['computerweekly.com', 'Computer Weekly', 'B'],
  ['heise.de', 'heise online', 'B'],
  ['lemagit.fr', 'LeMagIT', 'B'],
  ['reuters.com', 'Reuters', 'B'],
  ['apnews.com', 'Associated Press', 'B'],
  ['bbc.co.uk', 'BBC News', 'B', 'BBC'],
  ['bbc.com', 'BBC News', 'B', 'BBC'],
  ['theguardian.com', 'The Guardian', 'B'],
  ['nytimes.com', 'The New York Times', 'B'],
  ['washingtonpost.com', 'The Washington Post', 'B'],
  ['wsj.com', 'The Wall Street Journal', 'B'],
  ['bloomberg.com', 'Bloomberg', 'B'],
  ['ft.com', 'Financial Times', 'B'],
  ['politico.com', 'Politico', 'B'],
  ['axios.com', 'Axios', 'B'],
  ['cnbc.com', 'CNBC', 'B'],
]);

/** Smaller or faster-moving outlets: T3, fairly reliable. */
const otherNews = publishers('news', 'T3', [
  ['securityaffairs.com', 'Security Affairs', 'C'],
  ['databreaches.net', 'DataBreaches.net', 'C'],
  ['hackread.com', 'HackRead', 'C'],
  ['cybernews.com', 'Cybernews', 'C'],
  ['gbhackers.com', 'GBHackers', 'C'],
  ['cybersecuritynews.com', 'Cyber Security News', 'C'],
  ['hipaajournal.com', 'The HIPAA Journal', 'C'],
]);

/** Independent researchers, research labs and non-profits: T2. */
const researchers = publishers('researcher', 'T2', [
  ['citizenlab.ca', 'The Citizen Lab', 'A'],
  ['mitre.org', 'MITRE', 'A'],
  ['cve.org', 'CVE Program', 'A'],
  ['first.org', 'FIRST', 'A'],
  ['thedfirreport.com', 'The DFIR Report', 'B'],
  ['shadowserver.org', 'The Shadowserver Foundation', 'B'],
  ['sans.edu', 'SANS Internet Storm Center', 'B', 'SANS'],
  ['abuse.ch', 'abuse.ch', 'B'],
  ['doublepulsar.com', 'DoublePulsar (Kevin Beaumont)', 'B'],
  ['objective-see.org', 'Objective-See', 'B'],
  ['troyhunt.com', 'Troy Hunt', 'B'],
  ['haveibeenpwned.com', 'Have I Been Pwned', 'B'],
  ['amnesty.org', 'Amnesty International Security Lab', 'B', 'Amnesty International'],
  ['accessnow.org', 'Access Now', 'B'],
]);

/** Sites that collect or re-post others' reports (including trackers of leak-site claims): T3. */
const aggregators = publishers('aggregator', 'T3', [
  ['news.ycombinator.com', 'Hacker News (Y Combinator)', 'C'],
  ['news.google.com', 'Google News', 'C', 'Google'],
  ['feedly.com', 'Feedly', 'C'],
  ['securityboulevard.com', 'Security Boulevard', 'C'],
  ['packetstormsecurity.com', 'Packet Storm', 'C'],
  ['exploit-db.com', 'Exploit Database', 'C'],
  ['otx.alienvault.com', 'AlienVault OTX', 'C'],
  ['ransomware.live', 'ransomware.live', 'C'],
  ['ransomlook.io', 'RansomLook', 'C'],
  ['vx-underground.org', 'vx-underground', 'C'],
]);

/** Social networks and user-content platforms: unverified (T4) until corroborated. */
const social = publishers('social', 'T4', [
  ['x.com', 'X', 'F'],
  ['twitter.com', 'X (Twitter)', 'F', 'X'],
  ['mastodon.social', 'Mastodon (mastodon.social)', 'F'],
  ['infosec.exchange', 'Mastodon (infosec.exchange)', 'F'],
  ['ioc.exchange', 'Mastodon (ioc.exchange)', 'F'],
  ['bsky.app', 'Bluesky', 'F'],
  ['reddit.com', 'Reddit', 'F'],
  ['t.me', 'Telegram', 'F'],
  ['linkedin.com', 'LinkedIn', 'F'],
  ['youtube.com', 'YouTube', 'F'],
  ['facebook.com', 'Facebook', 'F'],
  ['threads.net', 'Threads', 'F'],
  ['medium.com', 'Medium', 'F'],
  ['substack.com', 'Substack', 'F'],
  ['github.com', 'GitHub (user content)', 'F'],
  ['pastebin.com', 'Pastebin', 'F'],
]);

export const mediaPublishers = [...establishedNews, ...otherNews, ...researchers, ...aggregators, ...social];

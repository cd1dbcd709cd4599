/** Same-event decisions on hand-built reports: what joins, what stays apart, and why. */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../core/facts.js';
import { claim, doc, entity, malware, typed } from '../../test/event-docs.js';
import type { EventDoc } from './cluster-types.js';
import { createMemoryCorrelator } from './correlator.js';

describe('a shared actor is not one event', () => {
  it('keeps a gang’s attack and its takedown months later apart', () => {
    const correlator = createMemoryCorrelator();
    const attack = correlator.add(
      doc(
        1,
        'Gravel Mantis ransomware hits a port operator',
        'Gravel Mantis ransomware encrypted systems at a port operator. Gravel Mantis demanded a ransom.',
        'ransomware',
        {
          actors: ['Gravel Mantis'],
          published: '2024-03-01T00:00:00Z',
        },
      ),
    );
    const takedown = correlator.add(
      doc(
        2,
        'Police seize Gravel Mantis leak site',
        'Police seized the Gravel Mantis leak site and servers. Gravel Mantis affiliates were identified.',
        'law-enforcement',
        {
          actors: ['Gravel Mantis'],
          published: '2024-09-01T00:00:00Z',
        },
      ),
    );
    expect(takedown.storyId).not.toBe(attack.storyId);
  });

  it('keeps arrests days after an attack apart from it, however much they name of it', () => {
    const correlator = createMemoryCorrelator();
    const attack = correlator.add(
      typed(
        doc(
          1,
          'Gravel Mantis ransomware shuts Contoso Stores’ online shop',
          'Gravel Mantis ransomware encrypted servers at Contoso Stores and halted online orders. Contoso Stores said customer data was taken. Gravel Mantis tricked the help desk into resetting a password.',
          'ransomware',
          { actors: ['Gravel Mantis'], victims: ['Contoso Stores'], published: '2025-05-01T00:00:00Z' },
        ),
      ),
    );
    const arrests = correlator.add(
      typed(
        doc(
          2,
          'Police arrest four over Gravel Mantis attack on Contoso Stores',
          'Police arrested four people over the Gravel Mantis ransomware attack on Contoso Stores, which encrypted servers and halted online orders. Contoso Stores welcomed the arrests.',
          'law-enforcement',
          { actors: ['Gravel Mantis'], victims: ['Contoso Stores'], published: '2025-05-09T00:00:00Z' },
        ),
      ),
    );
    expect(arrests.storyId).not.toBe(attack.storyId);
    expect(arrests.reason).toMatch(/police action/);
  });

  it('keeps two police actions against one gang months apart apart, and joins reports of one within days', () => {
    const action = (id: number, published: string, title: string, text: string): EventDoc => {
      const base = doc(id, title, text, 'law-enforcement', {
        actors: ['Gravel Mantis'],
        published,
        claims: [{ ...claim('victims', 2350), unit: 'victims' }],
      });
      const evidence = [{ start: 0, end: 6, text: 'Police' }];
      const classification = { type: 'law-enforcement' as const, evidence, rationale: '' };
      return { ...base, extraction: { ...base.extraction, classification } };
    };
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      action(
        1,
        '2024-02-20T00:00:00Z',
        'Police seize Gravel Mantis leak site',
        'Police seized the Gravel Mantis leak site in Operation Sandglass. Gravel Mantis had 2,350 victims.',
      ),
    );
    const days = correlator.add(
      action(
        2,
        '2024-02-24T00:00:00Z',
        'Gravel Mantis back online days after Sandglass',
        'Police said the Gravel Mantis gang, with 2,350 victims, lost its servers in Operation Sandglass; a new site is up.',
      ),
    );
    const months = correlator.add(
      action(
        3,
        '2024-05-07T00:00:00Z',
        'Gravel Mantis leader named and sanctioned',
        'Police named the leader of Gravel Mantis and sanctioned him. Sandglass partners put Gravel Mantis victims at 2,350.',
      ),
    );
    expect(days.storyId).toBe(first.storyId);
    expect(months.storyId).not.toBe(first.storyId);
  });

  it('keeps two incidents at one victim with attack dates years apart apart', () => {
    const correlator = createMemoryCorrelator();
    const old = correlator.add(
      doc(
        1,
        'Tessellate Mobile confirms leak of customer data',
        'Tessellate Mobile said customer data stolen in 2019 was leaked.',
        'data-breach',
        {
          claims: [claim('attack-date', '2019')],
          published: '2024-03-01T00:00:00Z',
        },
      ),
    );
    const fresh = correlator.add(
      doc(
        2,
        'Tessellate Mobile call records stolen',
        'Tessellate Mobile said call records were stolen in April 2024 from a cloud workspace.',
        'data-breach',
        {
          claims: [claim('attack-date', '2024-04')],
          published: '2024-07-12T00:00:00Z',
        },
      ),
    );
    expect(fresh.storyId).not.toBe(old.storyId);
    expect(fresh.reason).toMatch(/different attack dates/);
  });

  it('keeps a report of a second breach at one victim weeks after the first apart from it', () => {
    const report = (id: number, title: string, text: string, published: string, claims: Claim[]) =>
      doc(id, title, text, 'data-breach', { victims: ['Tessellate Mobile'], published, claims });
    const api = report(
      1,
      'Tessellate Mobile says API abuse exposed 37 million accounts',
      'Tessellate Mobile found on 5 January that an attacker had abused an API. Tessellate Mobile said 37 million accounts were exposed.',
      '2023-01-19T00:00:00Z',
      [claim('discovery-date', '2023-01-05'), claim('people-affected', 37_000_000)],
    );
    const pins = (text: string) =>
      report(
        2,
        'Tessellate Mobile tells 836 customers their PINs were exposed',
        text,
        '2023-05-02T00:00:00Z',
        [claim('people-affected', 836), claim('attack-date', '2023-02')],
      );
    const text =
      'Tessellate Mobile is writing to 836 customers whose account PINs were exposed from late February.';
    const correlator = createMemoryCorrelator();
    const first = correlator.add(api);
    const second = correlator.add(pins(`${text} Tessellate Mobile called it its second breach of the year.`));
    expect(second.storyId).not.toBe(first.storyId);
    // The same report without "second": its February recalls the story's January discovery.
    const again = createMemoryCorrelator();
    const one = again.add(api);
    const follow = again.add(pins(text));
    expect(follow.storyId).toBe(one.storyId);
  });

  it('still joins two reports of one attack that name the same figure and victim', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      doc(
        1,
        'Tessellate Mobile call records stolen',
        'Tessellate Mobile said records of 109 million customers were stolen.',
        'data-breach',
        {
          claims: [claim('people-affected', 109_000_000)],
        },
      ),
    );
    const second = correlator.add(
      doc(
        2,
        'Tessellate Mobile breach covers nearly all customers',
        'Tessellate Mobile told regulators 109 million customers are affected.',
        'data-breach',
        {
          claims: [claim('people-affected', 109_000_000)],
        },
      ),
    );
    expect(second.storyId).toBe(first.storyId);
  });
});

describe('kinds of report', () => {
  it('joins a news report and a vendor’s dissection days later when both headlines name the malware', () => {
    const report = (id: number, title: string, text: string, published: string): EventDoc => {
      const base = typed(doc(id, title, text, 'malware-campaign', { actors: ['Gravel Mantis'], published }));
      return { ...base, extraction: { ...base.extraction, malware: [malware('Gritwire', text)] } };
    };
    const correlator = createMemoryCorrelator();
    const news = correlator.add(
      report(
        1,
        'Gravel Mantis tried to cut power with Gritwire, national CERT says',
        'Gravel Mantis planted Gritwire at an energy company to switch off substations on Friday evening; responders stopped it in time, the national CERT said.',
        '2022-04-12T00:00:00Z',
      ),
    );
    const analysis = correlator.add(
      report(
        2,
        'Gritwire dissected: the industrial payload Gravel Mantis staged',
        'Our reverse engineering of Gritwire shows a protocol module, a hard-coded station list and a wiper companion; Gravel Mantis compiled the sample weeks before deployment.',
        '2022-04-20T00:00:00Z',
      ),
    );
    expect(analysis.storyId).toBe(news.storyId);
  });

  it('never joins a release that names an incident’s actor and CVE to that incident', () => {
    const withCve = (base: EventDoc): EventDoc => {
      const at = base.text.indexOf('CVE-2024-21111');
      const evidence = { start: at, end: at + 14, text: 'CVE-2024-21111' };
      return typed({
        ...base,
        extraction: { ...base.extraction, vulnerabilities: [{ id: 'CVE-2024-21111', evidence }] },
      });
    };
    const correlator = createMemoryCorrelator();
    const campaign = correlator.add(
      withCve(
        doc(
          1,
          'Gravel Mantis exploits CVE-2024-21111 in Contoso Mail to read ministries’ email',
          'Gravel Mantis exploited CVE-2024-21111 in Contoso Mail to read the email of ministries. Contoso Mail servers in Europe were hit; Gravel Mantis kept access for months.',
          'espionage',
          { actors: ['Gravel Mantis'], published: '2024-01-10T00:00:00Z' },
        ),
      ),
    );
    const release = correlator.add(
      withCve(
        doc(
          2,
          'Larkspur publishes 2024 threat report: Gravel Mantis and CVE-2024-21111 in Contoso Mail lead',
          'Larkspur today released its annual threat report. Gravel Mantis was the most active actor, and CVE-2024-21111 in Contoso Mail the most exploited flaw in Europe. Gravel Mantis targeted ministries.',
          'not-an-incident',
          { actors: ['Gravel Mantis'], published: '2024-02-20T00:00:00Z' },
        ),
      ),
    );
    expect(release.storyId).not.toBe(campaign.storyId);
    expect(release.reason).toMatch(/no incident and an incident/);
  });
});

describe('two reports of no incident', () => {
  /** A non-incident report whose headline the classifier cited, with the CVEs its text names. */
  const notice = (id: number, published: string, title: string, text: string): EventDoc => {
    const base = doc(id, title, text, 'not-an-incident', { actors: ['Gravel Mantis'], published });
    const vulnerabilities = [...new Set(text.match(/CVE-\d{4}-\d+/g) ?? [])].map((cve) => {
      const at = text.indexOf(cve);
      return { id: cve, evidence: { start: at, end: at + cve.length, text: cve } };
    });
    const classification = {
      type: 'not-an-incident' as const,
      evidence: [{ start: 0, end: 0, text: title }],
      rationale: '',
    };
    return { ...base, extraction: { ...base.extraction, vulnerabilities, classification } };
  };

  it('keeps a launch and an earnings story apart though both name the same flaws and actor', () => {
    const correlator = createMemoryCorrelator();
    const launch = correlator.add(
      notice(
        1,
        '2024-05-02T00:00:00Z',
        'Larkspur launches an edge scanner for CVE-2024-21111 and CVE-2024-31111',
        'Larkspur today launched Perimeter Lens, a scanner that finds Contoso Gateway devices still open to CVE-2024-21111 and CVE-2024-31111, the flaws Gravel Mantis used last year. Perimeter Lens costs nothing for a month.',
      ),
    );
    const earnings = correlator.add(
      notice(
        2,
        '2024-05-09T00:00:00Z',
        'Contoso beats forecasts; analysts ask about CVE-2024-21111 patching',
        'Contoso reported quarterly revenue above forecasts. On the call, analysts asked whether customers patching CVE-2024-21111 and CVE-2024-31111 after the Gravel Mantis intrusions had slowed hardware orders.',
      ),
    );
    expect(earnings.storyId).not.toBe(launch.storyId);
  });

  it('still joins two reports of one launch through its company, product and wording', () => {
    const correlator = createMemoryCorrelator();
    const release = correlator.add(
      notice(
        1,
        '2024-05-02T00:00:00Z',
        'Larkspur launches Perimeter Lens edge scanner',
        'Larkspur today launched Perimeter Lens, an edge scanner that finds Contoso Gateway devices still open to CVE-2024-21111. Perimeter Lens is free for a month, Larkspur said.',
      ),
    );
    const news = correlator.add(
      notice(
        2,
        '2024-05-03T00:00:00Z',
        'Larkspur’s Perimeter Lens scanner hunts unpatched Contoso Gateway boxes',
        'Larkspur launched Perimeter Lens, a scanner for Contoso Gateway devices open to CVE-2024-21111; the edge scanner is free for a month.',
      ),
    );
    expect(news.storyId).toBe(release.storyId);
  });
});

describe('flaws of one product', () => {
  /** The report with the CVEs its text names. */
  const withCves = (base: EventDoc): EventDoc => {
    const vulnerabilities = [...new Set(base.text.match(/CVE-\d{4}-\d+/g) ?? [])].map((id) => {
      const at = base.text.indexOf(id);
      return { id, evidence: { start: at, end: at + id.length, text: id } };
    });
    return typed({ ...base, extraction: { ...base.extraction, vulnerabilities } });
  };
  const report = (id: number, published: string, title: string, text: string): EventDoc => {
    const base = doc(id, title, text, 'espionage', { actors: ['Gravel Mantis'], published });
    const malwareOf = ['Sandpiper', 'Reedlark'].map((name) => malware(name, text));
    return withCves({ ...base, extraction: { ...base.extraction, malware: malwareOf } });
  };

  it('keeps one crew’s second zero-day in a product apart from its first, whatever else they share', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      report(
        1,
        '2024-06-10T00:00:00Z',
        'Gravel Mantis exploits CVE-2024-31111 in Contoso Gateway appliances',
        'Gravel Mantis exploited CVE-2024-31111 in Contoso Gateway appliances and planted Sandpiper and Reedlark. Contoso Gateway owners should replace them. Sandpiper beacons hourly.',
      ),
    );
    const second = correlator.add(
      report(
        2,
        '2024-12-20T00:00:00Z',
        'Contoso Gateway hit again: Gravel Mantis exploits CVE-2024-49999',
        [
          'Gravel Mantis exploited CVE-2024-49999 in Contoso Gateway appliances and planted new Sandpiper and Reedlark variants.',
          'CVE-2024-49999 is in a file parser that the gateway runs on every inbound attachment, so a crafted spreadsheet was enough.',
          'Contoso shipped an automatic fix to all appliances within a day and says a limited number of customers were affected.',
          'The new Sandpiper variant hides in a mail filter module and beacons through the appliance’s own update channel.',
          'Reedlark, the crew’s tunnelling tool, now rotates its keys every hour, which makes old signatures useless.',
          'Contoso asks customers to check the appliance logs for the indicators it published and to contact support.',
          'This is the crew behind the CVE-2024-31111 attacks on the same appliances earlier in the year.',
        ].join(' '),
      ),
    );
    expect(second.storyId).not.toBe(first.storyId);
    expect(second.reason).toMatch(/different cves/);
  });

  it('counts older flaws both reports cite in passing as background, not as one event', () => {
    const flaw = (id: number, published: string, title: string, paragraphs: string[]): EventDoc =>
      withCves(doc(id, title, paragraphs.join('\n\n'), 'vulnerability-exploitation', { published }));
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      flaw(1, '2024-06-10T00:00:00Z', 'Attackers exploit a login bypass in Contoso Gateway', [
        'Attackers are exploiting a login bypass in Contoso Gateway appliances to add rogue administrators.',
        'Contoso fixed the bypass in build 7.2.9 and asks owners to audit their administrator lists.',
        'Responders say the intruders log in with the rogue accounts days later, export the configuration, and set up forwarding rules that copy traffic to hosts abroad. Several owners only noticed when their monthly audit showed accounts nobody had created.',
        'Contoso says the bypass lives in the single sign-on module, which is switched on by default, and that turning it off blocks the attack until the fix is applied. It has not said how many appliances are affected.',
        'The gateway has a record: CVE-2022-40001 and CVE-2023-40002 were both abused before most owners patched.',
      ]),
    );
    const second = correlator.add(
      flaw(2, '2024-07-22T00:00:00Z', 'Web shells planted through a new upload bug', [
        'A file upload flaw is being exploited to plant web shells on edge appliances, researchers said.',
        'The vendor shipped build 7.3.1; the researchers counted dozens of shells on internet-facing units.',
        'The shells are small scripts dropped into the web interface’s theme folder, where the appliance serves them to anyone who knows the path. Attackers use them to run commands, read the device’s stored credentials and reach hosts on the internal network.',
        'The researchers advise owners to wipe and rebuild any unit with unknown files in the theme folder rather than delete the shells, because some intruders also changed the boot scripts.',
        'Older Contoso Gateway bugs, CVE-2022-40001 and CVE-2023-40002 among them, were mass-exploited too.',
      ]),
    );
    expect(second.storyId).not.toBe(first.storyId);
  });
});

describe('one gang, one flaw, several victims', () => {
  const breach = (id: number, published: string, victim: string, text: string): EventDoc => {
    const title = `${victim} says Gravel Mantis stole data through Contoso Relay CVE-2024-31111`;
    const base = doc(id, title, text, 'data-breach', {
      actors: ['Gravel Mantis'],
      victims: [victim],
      published,
    });
    const at = text.indexOf('CVE-2024-31111');
    const vulnerabilities = [{ id: 'CVE-2024-31111', evidence: { start: at, end: at + 14, text: '' } }];
    return typed({ ...base, extraction: { ...base.extraction, vulnerabilities } });
  };

  it('keeps two victims’ breaches through one flaw the same week apart, and joins a victim’s follow-up', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      breach(
        1,
        '2024-03-01T00:00:00Z',
        'Fabrikam',
        'Fabrikam confirmed that Gravel Mantis copied payroll files from its Contoso Relay server through CVE-2024-31111. Fabrikam has written to the staff concerned and to the data regulator.',
      ),
    );
    const other = correlator.add(
      breach(
        2,
        '2024-03-04T00:00:00Z',
        'Northwind Traders',
        'Gravel Mantis posted Northwind Traders on its leak site this week. Northwind Traders says only a test environment behind its Contoso Relay gateway was reached via CVE-2024-31111, and no customer system.',
      ),
    );
    const followUp = correlator.add(
      breach(
        3,
        '2024-03-20T00:00:00Z',
        'Fabrikam',
        'Fabrikam now says the payroll files Gravel Mantis took through CVE-2024-31111 in Contoso Relay covered 9,200 current and former staff, and it is offering them credit monitoring.',
      ),
    );
    expect(other.storyId).not.toBe(first.storyId);
    expect(followUp.storyId).toBe(first.storyId);
  });

  it('keeps two victims’ breaches apart when each report names the other victim in passing', () => {
    const correlator = createMemoryCorrelator();
    const first = correlator.add(
      breach(
        1,
        '2024-03-01T00:00:00Z',
        'Fabrikam',
        'Fabrikam confirmed that Gravel Mantis copied payroll files from its Contoso Relay server through CVE-2024-31111. Fabrikam has written to the staff concerned. Fabrikam says its stores trade normally; Northwind Traders, a rival, is checking its own gateways.',
      ),
    );
    const report = breach(
      2,
      '2024-03-04T00:00:00Z',
      'Northwind Traders',
      'Northwind Traders says Gravel Mantis reached a test environment behind its Contoso Relay gateway through CVE-2024-31111. Northwind Traders is the second retailer hit this month, after Fabrikam. Northwind Traders has told the regulator.',
    );
    // The report names the first victim once, as a company: in passing.
    const cited = { ...entity('Fabrikam', report.text.indexOf('Fabrikam')), role: 'other' as const };
    const organisations = [...report.extraction.organisations, cited];
    const second = correlator.add({ ...report, extraction: { ...report.extraction, organisations } });
    expect(second.storyId).not.toBe(first.storyId);
  });
});

describe('victims and round-ups', () => {
  it('does not join a report to a story that only cites its victim in passing', () => {
    const correlator = createMemoryCorrelator();
    const campaign = correlator.add(
      doc(
        1,
        'Loader returns with tax-themed lures aimed at hotels',
        'Tidewater Systems first described the loader campaign. Researchers at Tidewater Systems shared indicators with hotels.',
        'malware-campaign',
      ),
    );
    const breach = correlator.add(
      doc(
        2,
        'Spies read Tidewater Systems executives’ email',
        'Tidewater Systems said spies read the email of its executives after a password spray.',
        'espionage',
        { victims: ['Tidewater Systems'] },
      ),
    );
    expect(breach.storyId).not.toBe(campaign.storyId);
  });

  it('keeps a digest of several events apart from each of them, and joins its copy to it', () => {
    const correlator = createMemoryCorrelator();
    const text =
      'Quarry Bank was breached on Monday and 2 million customer records were stolen. Lantern Foods was extorted. Brightwell lost backups.';
    const event = correlator.add(
      doc(
        1,
        'Quarry Bank breached, customer records stolen',
        'Quarry Bank told customers that intruders copied 2 million records from a marketing database.',
        'data-breach',
        {
          victims: ['Quarry Bank'],
          claims: [claim('records-affected', 2_000_000)],
        },
      ),
    );
    const digest = correlator.add(
      doc(
        2,
        'This week: Quarry Bank breached, Lantern Foods extorted, Brightwell loses backups',
        text,
        'data-breach',
        {
          victims: ['Quarry Bank', 'Lantern Foods'],
          claims: [claim('records-affected', 2_000_000)],
        },
      ),
    );
    expect(digest.storyId).not.toBe(event.storyId);
    expect(digest.reason).toMatch(/round-up/);
    const copy = correlator.add(
      doc(3, 'Weekly digest: Quarry Bank, Lantern Foods and Brightwell', text, 'data-breach', {
        victims: ['Quarry Bank', 'Lantern Foods'],
        claims: [claim('records-affected', 2_000_000)],
      }),
    );
    expect(copy.storyId).toBe(digest.storyId);
  });
});

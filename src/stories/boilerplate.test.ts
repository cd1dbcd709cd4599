import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../core/facts.js';
import type { EventDoc } from './cluster-types.js';
import { lineFingerprint, textLines, withoutBoilerplate } from './boilerplate.js';
import { createMemoryCorrelator } from './correlator.js';
import { eventKeys } from './event-keys.js';

describe('lineFingerprint', () => {
  it.each([
    ['TLP:CLEAR — reference HRC-2024-017.', 'tlp:clear — reference hrc-2025-101.', true],
    ['Report incidents to  soc@agency.example', 'report incidents to soc@agency.example', true],
    ['Report incidents to soc@agency.example', 'Report incidents to the police', false],
  ])('%j and %j are the same line: %s', (a, b, same) => {
    expect(lineFingerprint(a) === lineFingerprint(b)).toBe(same);
  });

  it('ignores lines too short to be boilerplate evidence', () => {
    expect(lineFingerprint('Note')).toBeNull();
    expect(textLines('Note\n\nA longer line of text\n')).toHaveLength(1);
  });
});

const org = (name: string, start: number, text: string) => ({
  name,
  role: 'agency' as const,
  confidence: 'high' as const,
  evidence: { start, end: start + name.length, text },
});

function advisory(id: number, title: string, body: string): EventDoc {
  const text = [
    'TLP:CLEAR. Harbour Regional Cyber Centre reference HRCC-2024-0' + String(id) + '.',
    body,
    'Report related activity to the Harbour Regional Cyber Centre at report@harbour-cyber.example.',
  ].join('\n');
  return {
    id,
    title,
    text,
    published: `2024-0${id}-10T09:00:00Z`,
    sourceDomain: 'harbour-cyber.example',
    sourceName: 'Harbour Regional Cyber Centre',
    extraction: emptyExtraction({ type: 'advisory', evidence: [], rationale: '' }),
  };
}

describe('withoutBoilerplate', () => {
  const doc = advisory(2, 'Botnet dismantled', 'Police dismantled the Kestrel Lantern botnet of routers.');
  const known = new Set(textLines(advisory(1, 'x', 'y').text).map((l) => l.fingerprint));

  it('blanks the lines its publisher printed before and keeps the offsets of the rest', () => {
    const read = withoutBoilerplate(doc, known);
    expect(read.text).not.toMatch(/TLP|Report related/);
    expect(read.text).toHaveLength(doc.text.length);
    expect(read.text.indexOf('Police dismantled')).toBe(doc.text.indexOf('Police dismantled'));
  });

  it('drops facts found only in those lines', () => {
    const at = doc.text.indexOf('Harbour Regional');
    const withOrg = {
      ...doc,
      extraction: { ...doc.extraction, organisations: [org('Harbour Regional Cyber Centre', at, '')] },
    };
    expect(withoutBoilerplate(withOrg, known).extraction.organisations).toEqual([]);
  });

  it('keeps facts read from the title, though the first line of the body is boilerplate', () => {
    const cve = {
      id: 'CVE-2024-6387',
      evidence: { start: 0, end: 0, text: 'CVE-2024-6387 update guidance' },
    };
    const titled = { ...doc, extraction: { ...doc.extraction, vulnerabilities: [cve] } };
    expect(withoutBoilerplate(titled, known).extraction.vulnerabilities).toEqual([cve]);
  });

  it('keeps a re-post of the publisher’s own article whole (most of it already printed)', () => {
    const again = advisory(
      3,
      'Botnet dismantled',
      'Police dismantled the Kestrel Lantern botnet of routers.',
    );
    const printed = new Set(textLines(doc.text).map((l) => l.fingerprint));
    expect(withoutBoilerplate(again, printed)).toBe(again);
  });
});

describe('a publisher is not an event', () => {
  it('never makes its own name, initials or domain words an event key', () => {
    const keys = eventKeys({
      ...advisory(
        1,
        'HRCC warns of Kestrel Lantern botnet',
        'The HRCC and Harbour Regional Cyber Centre partners warn of Kestrel Lantern.',
      ),
    }).keys;
    expect(keys).toContain('name:kestrel lantern');
    expect(keys.filter((k) => /harbour|hrcc/.test(k))).toEqual([]);
  });

  it('two unrelated advisories of one agency stay apart although they share its markings and contact lines', () => {
    const correlator = createMemoryCorrelator();
    const takedown = correlator.add(
      advisory(
        1,
        'Kestrel Lantern botnet taken down',
        'Police took the Kestrel Lantern proxy botnet offline and seized its servers.',
      ),
    );
    const backdoor = correlator.add(
      advisory(
        2,
        'Backdoor in Quillfeather build tool',
        'A backdoor was found in the Quillfeather build tool used by software vendors.',
      ),
    );
    expect(backdoor.storyId).not.toBe(takedown.storyId);
  });
});

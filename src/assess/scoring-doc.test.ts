import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incidentTypeIds } from '../core/facts.js';
import { baseSeverity, breadthScale } from './assess.js';
import { baseEstimate, severityBump } from './cvss.js';
import {
  corroborationFullAt,
  exploitationValues,
  recencyDays,
  severityRaises,
  severityValue,
  triageThresholds,
} from './priority.js';
import { relevanceValues } from './relevance.js';
import { cvssAuthorities, priorityWeights, severities } from './types.js';

const doc = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
/** Prettier pads table cells and wraps prose: compare with every run of white space folded. */
const folded = doc.replace(/\s+/g, ' ');

describe('docs/scoring.md matches the code', () => {
  it.each(Object.entries(priorityWeights))('lists the %s factor with weight %d', (name, weight) => {
    expect(folded).toContain(`| \`${name}\` | ${weight.toFixed(2)} |`);
  });

  it('gives each factor value the code uses', () => {
    expect(folded).toContain(severities.map((s) => `${s} ${severityValue[s]}`).join(' · '));
    expect(folded).toContain(
      `exploited (in KEV or reported, as in section 1) ${exploitationValues.exploited}`,
    );
    expect(folded).toContain(
      `exploitation not reported ${exploitationValues.cveNamed} · no CVE ${exploitationValues.none}`,
    );
    expect(folded).toContain(`e^(−days / ${recencyDays})`);
    expect(folded).toContain(`min(1, independent sources / ${corroborationFullAt})`);
    expect(folded).toContain(
      `log₁₀(n) / ${breadthScale.countDecades} · victims log₁₀(n) / ${breadthScale.victimDecades} · attack bandwidth Tbps / ${breadthScale.tbps}`,
    );
    expect(folded).toContain(
      `a watched vendor or product named ${relevanceValues.vendorOrProduct} · only a watched sector ${relevanceValues.sector}`,
    );
  });

  it('gives the base severity and CVSS estimate of every incident type', () => {
    for (const type of incidentTypeIds) {
      expect(folded).toContain(`| \`${type}\` | ${baseSeverity[type]} | ${baseEstimate[type]} |`);
    }
    expect(folded).toContain(
      `CRITICAL +${severityBump.CRITICAL.toFixed(1)}, HIGH +${severityBump.HIGH.toFixed(1)}, MEDIUM, LOW and INFO +0`,
    );
    expect([severityBump.MEDIUM, severityBump.LOW, severityBump.INFO]).toEqual([0, 0, 0]);
  });

  it('gives the severity raises, the CVSS preference and the triage thresholds', () => {
    expect(folded).toContain(`breadth value (section 3) is at least ${severityRaises.wideImpact}`);
    expect(folded).toContain(`base score of at least ${severityRaises.statedCvss}`);
    expect(cvssAuthorities).toEqual(['vendor', 'NVD', 'CISA', 'government']);
    expect(folded).toContain(`| IMMEDIATE | priority ≥ ${triageThresholds.IMMEDIATE},`);
    expect(folded).toContain(`| URGENT | priority ≥ ${triageThresholds.URGENT},`);
    expect(folded).toContain(`| ROUTINE | priority ≥ ${triageThresholds.ROUTINE} |`);
    expect(folded).toContain(`| DEFERRED | priority < ${triageThresholds.ROUTINE};`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('(docs/scoring.md)');
  });
});

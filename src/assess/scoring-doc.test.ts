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
import {
  leadChars,
  leadFactor,
  maxCountPerCue,
  minIncidentScore,
  precedence,
  titleFactor,
  yields,
} from '../extract/classify-cues.js';
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

  it('gives the incident-type weights, yields and precedence rules the classifier uses', () => {
    expect(folded).toContain(`a cue in the title counts ${titleFactor} times`);
    expect(folded).toContain(`the first ${leadChars} characters of the body) ${leadFactor} times`);
    expect(folded).toContain(`each cue at most ${maxCountPerCue} times in the body`);
    expect(folded).toContain(`Fewer than ${minIncidentScore} points in all`);
    for (const rule of yields) {
      expect(folded).toContain(`\`${rule.type}\` to `);
      expect(folded).toMatch(new RegExp(`\`${rule.type}\` to [^(]*\\(${rule.ratio}, ${rule.min} points`));
    }
    const [nonIncident, lawEnforcement] = precedence;
    expect(folded).toContain(
      `\`${nonIncident?.type}\` wins at ${nonIncident?.ratio} of the top score (${nonIncident?.min} points`,
    );
    expect(folded).toContain(
      `\`${lawEnforcement?.type}\` at ${lawEnforcement?.ratio} (${lawEnforcement?.min} points)`,
    );
    expect(lawEnforcement?.inTitle).toBe(true);
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('(docs/scoring.md)');
  });
});

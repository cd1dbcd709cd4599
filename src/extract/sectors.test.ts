import { describe, expect, it } from 'vitest';
import { extractSectors } from './sectors.js';

describe('extractSectors', () => {
  it.each<[text: string, sectors: string[]]>([
    ['The gang hit three hospitals and a telecom carrier.', ['healthcare', 'telecommunications']],
    ['Volt Typhoon targeted water utilities and the energy sector.', ['water', 'energy']],
    ['Ransomware disrupted school districts and a law firm.', ['education', 'legal']],
    ['A healthcare software vendor released a patch.', []],
    ['Banks publish quarterly results.', []],
  ])('%s', (text, sectors) => {
    expect(extractSectors(text).map((s) => s.name)).toEqual(sectors);
  });

  it('gives high confidence to "<sector> sector" and cites the sentence', () => {
    const [sector] = extractSectors('Intro. Attacks on the healthcare sector rose.');
    expect(sector).toMatchObject({ name: 'healthcare', confidence: 'high' });
    expect(sector?.evidence.text).toBe('Attacks on the healthcare sector rose.');
  });
});

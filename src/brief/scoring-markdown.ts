import type { Brief } from './types.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
/** Ends with a full stop unless it already ends with one or with a quotation. */
export const asSentence = (text: string) => (/[.!?"”]$/.test(text) ? text : `${text}.`);

/** The brief's scoring as Markdown: CVSS with its vector and source, each CVE, the priority factors. */
export function scoringMarkdown(brief: Pick<Brief, 'cvss' | 'priority'>): string {
  const { cvss, priority } = brief;
  const lines = [
    cvss.estimated
      ? `**CVSS ${cvss.score.toFixed(1)} (estimated)**: ${asSentence(cvss.rationale)}`
      : `**CVSS ${cvss.score.toFixed(1)}**${cvss.vector ? ` \`${cvss.vector}\`` : ''}: ${asSentence(cvss.rationale)}`,
    '',
    ...(Array.isArray(cvss.cves) ? cvss.cves : []).map((cve) => {
      const s = cve.chosen;
      const score = s
        ? `${s.score.toFixed(1)}${s.vector ? ` \`${s.vector}\`` : ''} — ${s.source}${s.statedBy ? `, stated by ${s.statedBy}` : ''}`
        : 'no stated score (the published NVD score is not in the KB)';
      const kev = cve.kev === null ? 'KEV not in the KB' : cve.kev ? 'in CISA KEV' : 'not in CISA KEV';
      const others = cve.others.map((o) => `${o.score.toFixed(1)} (${o.statedBy ?? o.source})`).join(', ');
      return `- ${cve.id}: ${score}; ${kev}${others ? `; other stated scores: ${others}` : ''}`;
    }),
    '',
    '| Factor | Weight | Value | Contribution | Reason |',
    '|---|---|---|---|---|',
    ...priority.factors.map(
      (f) =>
        `| ${f.name} | ${f.weight.toFixed(2)} | ${f.value.toFixed(3)} | ${f.contribution.toFixed(3)} | ${cell(f.reason)} |`,
    ),
    `| **priority** | | | **${priority.score.toFixed(3)}** | |`,
  ];
  return `## Scoring\n\n${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

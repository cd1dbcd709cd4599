import { scoringMarkdown } from './scoring-markdown.js';
import { summaryWriterNote } from './llm/note.js';
import { recordToMarkdown } from './record-markdown.js';
import { fieldLabel, formatClaim } from './summary.js';
import type { Brief, CitedSentence, StoryView } from './types.js';

function cited(sentence: CitedSentence): string {
  return `${sentence.text}${sentence.cites.map((n) => `[^${n}]`).join('')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function section(title: string, lines: string[], empty: string): string {
  return `## ${title}\n\n${lines.length ? lines.join('\n') : empty}\n`;
}

/** The brief as a Markdown document, same sections as the item page. */
export function briefToMarkdown(brief: Brief): string {
  const writerNote = summaryWriterNote(brief.summaryWriter);
  const parts = [
    `# ${brief.title}\n`,
    `**Severity** ${brief.severity} · **CVSS** ${brief.cvss.score.toFixed(1)}${brief.cvss.estimated ? ' (estimated)' : ''} · **Priority** ${brief.priority.score.toFixed(3)} · **Triage** ${brief.triage.level} · **Type** ${brief.incidentTypeLabel}\n`,
    `> ${brief.triage.reason}\n`,
    scoringMarkdown(brief),
    section(
      'Executive summary',
      [...brief.summary.map(cited), ...(writerNote ? [`\n_${writerNote}._`] : [])],
      'The sources give no summary sentence.',
    ),
    section(
      'Technical analysis',
      brief.technicalAnalysis.map((s) => `- ${cited(s)}`),
      'No technical details were published.',
    ),
    // A brief stored before the incident record existed has none until the story is re-analysed.
    ...((brief as Partial<Pick<Brief, 'record'>>).record ? [recordToMarkdown(brief.record)] : []),
    `**Corroboration** ${brief.corroboration.state}: ${brief.corroboration.reason}\n`,
    section(
      'Sources disagree',
      brief.disputes.map(
        (d) =>
          `- **${fieldLabel(d.field)}** (${d.status}${d.current ? `; stands: ${formatClaim(d.current.value, d.values[0]?.unit ?? '')}` : ''}): ${d.values.map((v) => `${formatClaim(v.value, v.unit, v.qualifier)} — ${v.source}, ${v.tier} (${v.published ?? 'undated'})`).join('; ')}`,
      ),
      'The sources agree on every figure they share.',
    ),
    section(
      'Action checklist',
      [
        ...(brief.triage.escalation.length
          ? ['**Escalate when:**', ...brief.triage.escalation.map((e) => `- ${e}`), '']
          : []),
        ...brief.checklist.map((c) =>
          [
            `### Step ${c.step}, ${c.timing}: ${c.title}`,
            `- NIST SP 800-61r3: ${c.references.nist80061r3.map((r) => `${r.id} ${r.title}`).join('; ')}`,
            `- NIST SP 800-53: ${c.references.nist80053.map((r) => `${r.id} ${r.title}`).join('; ')}`,
            `- CIS Controls v8: ${c.references.cis.map((r) => `${r.id} ${r.title}`).join('; ')}`,
            `- Action: ${c.action}`,
            `- Compensating control: ${c.compensatingControl}`,
            `- Preserve evidence: ${c.preserveEvidence}`,
            '',
          ].join('\n'),
        ),
      ],
      'Not an incident: no response checklist applies.',
    ),
    section(
      'Recovery guidance',
      brief.recovery.map((r) => `- ${r}`),
      'No recovery steps apply.',
    ),
    section(
      'Key forensic artifacts',
      brief.forensicArtifacts.map((r) => `- ${r}`),
      'No forensic artifacts apply.',
    ),
    section(
      'Detection guidance',
      [
        ...brief.detection.behaviours.map((b) => `- ${b}`),
        ...brief.detection.queries.map((q) => `\n${q.tool} (${q.language}):\n\n\`\`\`\n${q.query}\n\`\`\``),
      ],
      'No detection guidance applies.',
    ),
    section(
      `Indicators of compromise (${brief.indicators.length})`,
      brief.indicators.length
        ? [
            '| Type | Value | Role | Context | Confidence |',
            '|---|---|---|---|---|',
            ...brief.indicators.map(
              (i) =>
                `| ${i.type} | \`${cell(i.display)}\` | ${i.role} | ${cell(i.context)} | ${i.confidence} |`,
            ),
          ]
        : [],
      'No indicators were published in the sources.',
    ),
    section(
      'MITRE ATT&CK mapping',
      brief.techniques.map((t) => `- ${t.id} ${t.name} (${t.tactics.join(', ')}): “${t.evidence}”`),
      'The sources describe no ATT&CK technique.',
    ),
    section(
      'Compliance framework mappings',
      [
        `- ATT&CK: ${brief.compliance.attack.map((r) => r.id).join(', ') || 'none'}`,
        `- NIST SP 800-53: ${brief.compliance.nist80053.map((r) => r.id).join(', ') || 'none'}`,
        `- CIS Controls v8: ${brief.compliance.cis.map((r) => r.id).join(', ') || 'none'}`,
      ],
      '',
    ),
    section(
      'Sources',
      brief.sources.map(
        (s) =>
          `[^${s.n}]: ${s.title} — ${s.source} (${s.kind}, ${s.tier}, reliability ${s.reliability}), ${s.published ?? 'undated'}, <${s.url}>${s.copyOf !== null ? ` (copy of [^${s.copyOf}])` : ''}`,
      ),
      '',
    ),
    ...('versions' in brief
      ? [
          section(
            'Change log',
            (brief as StoryView).versions.map(
              (v) =>
                `- **Version ${v.version}** (${v.at.slice(0, 10)}): ${v.changes.map((c) => c.text).join(' ')}`,
            ),
            'No version published yet.',
          ),
        ]
      : []),
    `## Disclaimer\n\n${brief.disclaimer}\n`,
  ];
  return parts.join('\n');
}

import { summaryWriterNote } from '../brief/llm/note.js';
import type { BriefIndicator, ChecklistItem, Reference, StoryView } from '../brief/types.js';
import { indicatorRoles } from '../core/facts.js';
import { Cites, Empty, Layout, Prose, Severity } from './layout.js';
import { RecordSection } from './record-section.js';
import { ChangeLog, DisputesSection } from './story-sections.js';
import { CvssBox, ScoringSection } from './scoring-view.js';

function Refs(props: { label: string; refs: Reference[] }) {
  if (props.refs.length === 0) return <></>;
  return (
    <div class="refs">
      {props.label}: {props.refs.map((r) => `${r.id}${r.title ? ` (${r.title})` : ''}`).join('; ')}
    </div>
  );
}

function Step(props: { item: ChecklistItem }) {
  const { item } = props;
  return (
    <div class="step" data-timing={item.timing}>
      <h3>
        Step {item.step}, {item.timing}: {item.title}
      </h3>
      <div class="refs">{item.phase}</div>
      <Refs label="NIST SP 800-61r3 (CSF 2.0)" refs={item.references.nist80061r3} />
      <Refs label="NIST SP 800-53" refs={item.references.nist80053} />
      <Refs label="CIS Controls v8" refs={item.references.cis} />
      <Prose text={item.action} />
      <h4>Compensating control</h4>
      <Prose text={item.compensatingControl} />
      <h4>Preserve evidence</h4>
      <Prose text={item.preserveEvidence} />
    </div>
  );
}

function List(props: { items: string[]; empty: string }) {
  if (props.items.length === 0) return <Empty>{props.empty}</Empty>;
  return (
    <ul>
      {props.items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

/** Roles that make an indicator of compromise; the rest is context (references, internal addresses). */
const compromiseRoles: ReadonlySet<string> = new Set(['malicious', 'payload', 'victim']);

/**
 * A copy control for the refanged value: a button /assets/copy.js reveals and wires (it copies
 * `data-copy`), and, for readers without JavaScript, the value selectable in a readonly input.
 */
function CopyRefanged(props: { value: string }) {
  return (
    <>
      <button type="button" class="copy" data-copy={props.value} hidden>
        Copy
      </button>
      <details class="refanged">
        <summary>refanged</summary>
        <input type="text" readonly value={props.value} aria-label="Refanged value" />
      </details>
    </>
  );
}

function IndicatorTable(props: { rows: BriefIndicator[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Type</th>
          <th>Value (defanged; copy gives it refanged)</th>
          <th>Role</th>
          <th>Context</th>
          <th>Confidence</th>
          <th>Sources</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((i) => (
          <tr>
            <td>{i.type.toUpperCase()}</td>
            <td class="ioc-value">
              <code>{i.display}</code>
              {i.port !== undefined ? <span class="refs"> port {i.port}</span> : null}{' '}
              <CopyRefanged value={i.value} />
            </td>
            <td>{indicatorRoles[i.role]}</td>
            <td>{i.context}</td>
            <td title={i.reasons.join('; ')}>
              {i.confidence}
              {i.reasons.length > 0 ? <div class="refs">{i.reasons.join('; ')}</div> : null}
            </td>
            <td>
              <Cites cites={i.sources} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ItemPage(props: { brief: StoryView }) {
  const b = props.brief;
  const summaryNote = summaryWriterNote(b.summaryWriter);
  const iocs = b.indicators.filter((i) => compromiseRoles.has(i.role));
  const context = b.indicators.filter((i) => !compromiseRoles.has(i.role));
  return (
    <Layout title={b.title}>
      <p>
        <a href="/">← Back to the news center</a>
      </p>
      <h1>{b.title}</h1>
      <div class="scores">
        <div class="score" id="severity">
          Severity{' '}
          <b>
            <Severity level={b.severity} />
          </b>
          <div class="refs">{b.severityReasons.join('; ')}</div>
        </div>
        <CvssBox cvss={b.cvss} />
        <div class="score" id="priority">
          Priority <b>{b.priority.score.toFixed(3)}</b>
          <div class="refs">{b.triage.reason}</div>
        </div>
        <div class="score">
          Type <b style="font-size:1rem">{b.incidentTypeLabel}</b>
        </div>
        <div class="score" id="corroboration" data-state={b.corroboration.state}>
          Corroboration <b style="font-size:1rem">{b.corroboration.state}</b>
          <div class="refs">{b.corroboration.reason}</div>
        </div>
      </div>
      <ScoringSection brief={b} />

      <section id="summary">
        <h2>Executive Summary</h2>
        {b.summary.length === 0 ? (
          <Empty>The sources give no sentence that summarises the event.</Empty>
        ) : (
          <p>
            {b.summary.map((s) => (
              <>
                {s.text}
                <Cites cites={s.cites} />{' '}
              </>
            ))}
          </p>
        )}
        {summaryNote ? (
          <p
            class="refs"
            id="summary-writer"
            title={b.summaryWriter?.rejected.map((r) => `Rejected: ${r.sentence} (${r.reason})`).join('\n')}
          >
            {summaryNote}
          </p>
        ) : null}
      </section>

      <section id="analysis">
        <h2>Technical Analysis</h2>
        {b.technicalAnalysis.length === 0 ? (
          <Empty>The sources publish no technical detail.</Empty>
        ) : (
          <ul>
            {b.technicalAnalysis.map((s) => (
              <li>
                {s.text}
                <Cites cites={s.cites} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* A brief stored before the incident record existed has none until the story is re-analysed. */}
      <RecordSection record={(b as Partial<Pick<StoryView, 'record'>>).record} />

      <DisputesSection brief={b} />

      <section id="checklist">
        <h2>Action Checklist</h2>
        {b.checklist.length === 0 ? (
          <Empty>This is not an incident, so no response checklist applies.</Empty>
        ) : (
          <>
            <p>
              <b>Triage priority: {b.triage.level}</b> — {b.triage.reason}
            </p>
            {b.triage.escalation.length > 0 && (
              <>
                <h3>Escalate when</h3>
                <List items={b.triage.escalation} empty="" />
              </>
            )}
            {b.checklist.map((item) => (
              <Step item={item} />
            ))}
          </>
        )}
      </section>

      <section id="recovery">
        <h2>Recovery Guidance</h2>
        <List items={b.recovery} empty="No recovery steps apply: this is not an incident." />
      </section>

      <section id="forensics">
        <h2>Key Forensic Artifacts</h2>
        <List items={b.forensicArtifacts} empty="No forensic artifacts apply: this is not an incident." />
      </section>

      <section id="detection">
        <h2>Detection Guidance</h2>
        <List items={b.detection.behaviours} empty="No behaviours to hunt: this is not an incident." />
        {b.detection.queries.length > 0 ? (
          <>
            <h3>Hunting queries for this story's indicators</h3>
            {b.detection.queries.map((q) => (
              <>
                <div class="refs">
                  {q.tool} ({q.language})
                </div>
                <pre>{q.query}</pre>
              </>
            ))}
          </>
        ) : (
          <Empty>No indicator-based queries: the sources published no indicators.</Empty>
        )}
      </section>

      <section id="iocs">
        <h2>Indicators of Compromise ({iocs.length})</h2>
        {iocs.length === 0 ? (
          <Empty>No indicators were published in the sources.</Empty>
        ) : (
          <IndicatorTable rows={iocs} />
        )}
        {b.indicators.length > 0 ? <script src="/assets/copy.js" defer></script> : null}
        {context.length > 0 ? (
          <>
            <h3>Also mentioned, not indicators ({context.length})</h3>
            <p class="refs">
              References, researcher infrastructure and internal or documentation addresses the sources name:
              never block on these.
            </p>
            <IndicatorTable rows={context} />
          </>
        ) : null}
      </section>

      <section id="attack">
        <h2>MITRE ATT&amp;CK Mapping</h2>
        {b.techniques.length === 0 ? (
          <Empty>The sources describe no ATT&amp;CK technique.</Empty>
        ) : (
          <table>
            <thead>
              <tr>
                <th>ID</th>
                <th>Technique</th>
                <th>Tactics</th>
                <th>Evidence</th>
              </tr>
            </thead>
            <tbody>
              {b.techniques.map((t) => (
                <tr>
                  <td>{t.id}</td>
                  <td>{t.name}</td>
                  <td>{t.tactics.join(', ')}</td>
                  <td>
                    “{t.evidence}”<Cites cites={t.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section id="compliance">
        <h2>Compliance Framework Mappings</h2>
        {b.compliance.attack.length + b.compliance.nist80053.length + b.compliance.cis.length === 0 ? (
          <Empty>Nothing to map: this is not an incident and no technique is described.</Empty>
        ) : (
          <table>
            <tbody>
              <tr>
                <th>MITRE ATT&amp;CK</th>
                <td>{b.compliance.attack.map((r) => `${r.id} ${r.title}`).join('; ') || 'none described'}</td>
              </tr>
              <tr>
                <th>NIST SP 800-53 rev5</th>
                <td>
                  {b.compliance.nist80053.map((r) => `${r.id}${r.title ? ` ${r.title}` : ''}`).join('; ') ||
                    'none'}
                </td>
              </tr>
              <tr>
                <th>CIS Controls v8</th>
                <td>{b.compliance.cis.map((r) => `${r.id} ${r.title}`).join('; ') || 'none'}</td>
              </tr>
            </tbody>
          </table>
        )}
      </section>

      <section id="sources">
        <h2>Sources</h2>
        <ol>
          {b.sources.map((s) => (
            <li id={`source-${s.n}`}>
              <a href={s.url} rel="noopener noreferrer nofollow">
                {s.title}
              </a>{' '}
              — {s.source} <span class="tag">{s.kind}</span>
              <span class="tag">{s.tier}</span>
              <span class="tag">reliability {s.reliability}</span>
              <span class="meta">{s.published?.slice(0, 10) ?? 'undated'}</span>
              {s.copyOf !== null ? (
                <span class="tag copy">copy of [{s.copyOf}], not counted as independent</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <ChangeLog versions={props.brief.versions} />

      <section id="disclaimer">
        <h2>Guidance Disclaimer</h2>
        <p>{b.disclaimer}</p>
      </section>
    </Layout>
  );
}

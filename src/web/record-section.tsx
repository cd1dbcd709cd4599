import {
  type IncidentRecord,
  entityTypes,
  investigationStatuses,
  isKnown,
  motivations,
} from '../brief/record-types.js';
import { Empty } from './layout.js';
import { Entries, Entry, Part, Row, Score, Unknown } from './record-parts.js';

/** The incident record: every field cited to its sources, or "unknown". */
export function RecordSection(props: { record: IncidentRecord | undefined }) {
  const r = props.record;
  return (
    <section id="record">
      <h2>Incident Record</h2>
      {r === undefined ? (
        <Empty>This brief predates the incident record: it is built when the story is next analysed.</Empty>
      ) : (
        <table class="record">
          <tbody>
            <Row label="Record ID">
              <code>{r.id}</code>
            </Row>
            <Row label="Type">
              <Entry entry={{ ...r.type, evidence: null }} />
            </Row>
            <Row label="Date">
              {isKnown(r.date) ? (
                <>
                  <Entry entry={r.date} /> <span class="refs">({r.date.note})</span>
                </>
              ) : (
                <Unknown />
              )}
            </Row>
            <Row label="Severity (0–100)">
              <Score score={r.severity} scale="100" />
            </Row>
            <Row label="Impact (1–5)">
              <Score score={r.impact} scale="5" />
            </Row>
            <Row label="Explanation">
              <Entry entry={r.explanation} />
            </Row>
            <Row label="Affected entities">
              {isKnown(r.affectedEntities) ? (
                <ul>
                  {r.affectedEntities.map((e) => (
                    <li>
                      <b>
                        <Part entry={e.name} />
                      </b>{' '}
                      — industry: <Part entry={e.industry} />; location: <Part entry={e.location} />; type:{' '}
                      <Part
                        entry={e.type}
                        {...(isKnown(e.type) ? { label: entityTypes[e.type.text] } : {})}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <Unknown />
              )}
            </Row>
            <Row label="Attack vector">
              <Entries entries={r.attackVector} />
            </Row>
            <Row label="Financial loss">
              <Entries entries={r.impactDetails.financialLoss} />
            </Row>
            <Row label="Operational impact">
              <Entries entries={r.impactDetails.operationalImpact} />
            </Row>
            <Row label="Systems affected">
              <Entries entries={r.impactDetails.systemsAffected} />
            </Row>
            <Row label="Investigation status">
              <Entries
                entries={r.investigationStatus}
                label={(t) => investigationStatuses[t as keyof typeof investigationStatuses]}
              />
            </Row>
            <Row label="Motivation">
              <Entries entries={r.motivation} label={(t) => motivations[t as keyof typeof motivations]} />
            </Row>
            <Row label="Root causes">
              <Entries entries={r.postIncidentAnalysis.rootCauses} />
            </Row>
            <Row label="Corrective actions">
              <Entries entries={r.postIncidentAnalysis.correctiveActions} />
            </Row>
            <Row label="Containment">
              <Entries entries={r.response.containment} />
            </Row>
            <Row label="Law enforcement notified">
              {isKnown(r.response.lawEnforcementNotified) ? (
                <>
                  Yes: <Entries entries={r.response.lawEnforcementNotified.agencies} />
                </>
              ) : (
                <Unknown />
              )}
            </Row>
            <Row label="Remediation">
              <Entries entries={r.response.remediation} />
            </Row>
            <Row label="Third-party assistance">
              <Entries entries={r.response.thirdPartyAssistance} />
            </Row>
            <Row label="Threat actors">
              {isKnown(r.threatActors) ? (
                <Entries
                  entries={r.threatActors}
                  label={(t) =>
                    isKnown(r.threatActors) &&
                    r.threatActors.some((a) => a.text === t && a.kind === 'malware')
                      ? `${t} (malware or botnet)`
                      : t
                  }
                />
              ) : (
                <Unknown />
              )}
            </Row>
            <Row label="References">
              <ol>
                {r.references.map((ref) => (
                  <li value={String(ref.n)}>
                    <a href={`#source-${ref.n}`}>{ref.source}</a>: {ref.title} (
                    {ref.published?.slice(0, 10) ?? 'undated'})
                  </li>
                ))}
              </ol>
            </Row>
          </tbody>
        </table>
      )}
    </section>
  );
}

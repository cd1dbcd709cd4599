import { fieldLabel, formatClaim } from '../brief/summary.js';
import type { Brief, StoryView } from '../brief/types.js';
import { corroborationStates } from '../stories/corroboration.js';
import { Cites, Empty } from './layout.js';

/** Where sources disagree: each disputed or revised figure with who said what, and every compared figure. */
export function DisputesSection(props: { brief: Brief }) {
  const b = props.brief;
  return (
    <section id="disputes">
      <h2>Where Sources Disagree</h2>
      {b.disputes.length === 0 ? (
        <Empty>
          {b.sources.length > 1
            ? 'The sources agree on every figure they share.'
            : 'Only one source so far: nothing to compare.'}
        </Empty>
      ) : (
        b.disputes.map((d) => (
          <div class="dispute" data-field={d.field} data-status={d.status}>
            <p>
              <b>{d.status === 'revised' ? 'Revised' : 'Sources disagree'}:</b> {fieldLabel(d.field)}
              {d.current
                ? ` — the latest figure, ${formatClaim(d.current.value, d.values[0]?.unit ?? '')} (${d.current.source}), supersedes the earlier ones.`
                : ' — not settled: no later or more authoritative report supersedes the others.'}
            </p>
            <ul>
              {d.values.map((v) => (
                <li>
                  <b>{formatClaim(v.value, v.unit, v.qualifier)}</b> — <a href={v.documentUrl}>{v.source}</a>{' '}
                  <span class="tag">{v.tier}</span> ({v.published?.slice(0, 10) ?? 'undated'}): “{v.evidence}”
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {b.claims.length > 0 ? (
        <table id="figures">
          <thead>
            <tr>
              <th>Figure</th>
              <th>Value that stands</th>
              <th>Status</th>
              <th>Corroboration</th>
              <th>Sources</th>
            </tr>
          </thead>
          <tbody>
            {b.claims.map((c) => (
              <tr>
                <td>{fieldLabel(c.field)}</td>
                <td>{c.current ?? 'disputed'}</td>
                <td>{c.status}</td>
                <td>{corroborationStates[c.corroboration]}</td>
                <td>
                  <Cites cites={c.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The story's versions, newest first, with what changed in each. */
export function ChangeLog(props: { versions: StoryView['versions'] }) {
  return (
    <section id="changes">
      <h2>Change Log</h2>
      {props.versions.length === 0 ? (
        <Empty>No version has been published yet.</Empty>
      ) : (
        <ol reversed>
          {props.versions.map((v) => (
            <li>
              <b>Version {v.version}</b> <span class="meta">{v.at.slice(0, 16).replace('T', ' ')} UTC</span>{' '}
              <span class="tag">{v.severity}</span>
              <ul>
                {v.changes.map((change) => (
                  <li data-kind={change.kind}>{change.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

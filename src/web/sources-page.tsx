import { healthThresholds } from '../sources/health.js';
import { type Reliability, type Tier, reliabilities, tiers } from '../sources/registry.js';
import type { SourceReport } from '../sources/report.js';
import { Empty, Layout } from './layout.js';

function percent(ratio: number | null): string {
  return ratio === null ? '–' : `${Math.round(ratio * 100)}%`;
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '–';
}

function SourceRow(props: { source: SourceReport }) {
  const { source } = props;
  const h = source.health;
  return (
    <tr data-domain={source.domain} class={`health-row-${h.status}`}>
      <td>
        <b>{source.name}</b>
        <div class="meta">{source.domain}</div>
      </td>
      <td>{source.kind}</td>
      <td title={tiers[source.tier as Tier]}>{source.tier}</td>
      <td title={reliabilities[source.reliability as Reliability]}>{source.reliability}</td>
      <td>{h.documents}</td>
      <td>{h.firstToReport}</td>
      <td>{day(h.lastPublished)}</td>
      <td>{h.itemsPerPoll === null ? '–' : h.itemsPerPoll.toFixed(1)}</td>
      <td>{percent(h.duplicateRatio)}</td>
      <td>{source.feeds ? day(h.lastSuccess) : 'not polled'}</td>
      <td>
        <span class={`badge health-${h.status}`}>{h.status}</span>
        {h.reason ? <div class="meta">{h.reason}</div> : ''}
      </td>
    </tr>
  );
}

/** `/sources`: every source with its profile and health, flagged ones first. */
export function SourcesPage(props: { sources: SourceReport[] }) {
  const flagged = props.sources.filter((s) => s.health.status !== 'ok').length;
  return (
    <Layout title="Sources">
      <h1>Sources</h1>
      <p class="meta">
        {props.sources.length} source{props.sources.length === 1 ? '' : 's'}, {flagged} flagged. A polled
        source is failing after {healthThresholds.failingErrors} consecutive errors, and silent when no new
        item came for {healthThresholds.silentFactor} times its usual gap. "First" counts the stories it
        reported first.
      </p>
      {props.sources.length === 0 ? (
        <Empty>
          {
            'No sources yet. They appear as documents are ingested (`newsroom ingest <location>`) or feeds are added (`newsroom sources add <feed-url>`).'
          }
        </Empty>
      ) : (
        <table class="sources">
          <thead>
            <tr>
              {[
                'Source',
                'Kind',
                'Tier',
                'Reliability',
                'Documents',
                'First',
                'Last item',
                'Items/poll',
                'Duplicates',
                'Last success',
                'Health',
              ].map((title) => (
                <th scope="col">{title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.sources.map((source) => (
              <SourceRow source={source} />
            ))}
          </tbody>
        </table>
      )}
      <section id="legend">
        <h2>Tiers and reliability</h2>
        <ul>
          {Object.entries(tiers).map(([id, meaning]) => (
            <li>
              <b>{id}</b> {meaning}
            </li>
          ))}
        </ul>
        <p class="meta">
          Admiralty reliability:{' '}
          {Object.entries(reliabilities)
            .map(([id, meaning]) => `${id} ${meaning.toLowerCase()}`)
            .join(' · ')}
          .
        </p>
      </section>
    </Layout>
  );
}

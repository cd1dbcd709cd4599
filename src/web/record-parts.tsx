import type { Child } from 'hono/jsx';
import { type OrUnknown, type RecordEntry, type RecordScore, isKnown } from '../brief/record-types.js';
import { Cites } from './layout.js';

// The pieces of the incident record's table: a cited statement, a list, a score, "unknown".

export function Unknown() {
  return <span class="unknown">unknown</span>;
}

/**
 * One statement: a quote when it is the sentence itself, else the statement and the sentence it
 * rests on (left out when the statement before it in a list quoted the same sentence).
 */
export function Entry(props: { entry: RecordEntry; label?: string; sameEvidence?: boolean }) {
  const { entry } = props;
  const quoted = entry.evidence !== null && entry.evidence === entry.text;
  return (
    <>
      {quoted ? `“${entry.text}”` : (props.label ?? entry.text)}
      <Cites cites={entry.cites} />
      {entry.evidence !== null && !quoted && !props.sameEvidence ? (
        <div class="refs">“{entry.evidence}”</div>
      ) : null}
    </>
  );
}

export function Entries(props: { entries: OrUnknown<RecordEntry[]>; label?: (text: string) => string }) {
  const { entries, label } = props;
  if (!isKnown(entries)) return <Unknown />;
  return (
    <ul>
      {entries.map((entry, i) => (
        <li>
          <Entry
            entry={entry}
            sameEvidence={i > 0 && entries[i - 1]?.evidence === entry.evidence}
            {...(label ? { label: label(entry.text) } : {})}
          />
        </li>
      ))}
    </ul>
  );
}

export function Score(props: { score: OrUnknown<RecordScore>; scale: string }) {
  const { score } = props;
  if (!isKnown(score)) return <Unknown />;
  return (
    <>
      <b>
        {score.value}/{props.scale}
      </b>
      <Cites cites={score.cites} />
      <div class="refs">{score.formula}</div>
      <div class="refs">{score.inputs.map((i) => `${i.name}: ${i.reason}`).join('; ')}</div>
    </>
  );
}

export function Part(props: { entry: OrUnknown<RecordEntry>; label?: string }) {
  return isKnown(props.entry) ? (
    <>
      {props.label ?? props.entry.text}
      <Cites cites={props.entry.cites} />
    </>
  ) : (
    <Unknown />
  );
}

export function Row(props: { label: string; children: Child }) {
  return (
    <tr>
      <th>{props.label}</th>
      <td>{props.children}</td>
    </tr>
  );
}

import type { CveScore, StatedScore } from '../assess/types.js';
import { asSentence } from '../brief/scoring-markdown.js';
import type { Brief } from '../brief/types.js';

const by = (s: StatedScore) => `${s.source}${s.statedBy ? `, stated by ${s.statedBy}` : ''}`;

/** The CVSS score box: the chosen score with its vector and who stated it, or the estimate and why. */
export function CvssBox(props: { cvss: Brief['cvss'] }) {
  const { cvss } = props;
  return (
    <div class="score" id="cvss" data-estimated={String(cvss.estimated)}>
      CVSS{' '}
      <b>
        {cvss.score.toFixed(1)}
        {cvss.estimated ? <span class="tag">estimated</span> : null}
      </b>
      {cvss.vector ? <code class="vector">{cvss.vector}</code> : null}
      <div class="refs">{cvss.estimated ? `Estimated: ${cvss.rationale}` : `Stated by ${cvss.source}`}</div>
    </div>
  );
}

function CveRow(props: { cve: CveScore }) {
  const { cve } = props;
  const s = cve.chosen;
  return (
    <tr data-cve={cve.id}>
      <td>{cve.id}</td>
      <td>{s ? s.score.toFixed(1) : '—'}</td>
      <td>{s?.vector ? <code>{s.vector}</code> : s?.version ? `CVSS ${s.version}, no vector` : '—'}</td>
      <td>
        {s
          ? `${by(s)}${s.computed ? ' (computed from the vector)' : ''}`
          : 'no source stated a score; the published (NVD) score is not in the KB'}
      </td>
      <td>{cve.kev === null ? 'KEV not in the KB' : cve.kev ? 'in KEV' : 'not in KEV'}</td>
      <td>{cve.others.map((o) => `${o.score.toFixed(1)} (${by(o)})`).join('; ') || '—'}</td>
    </tr>
  );
}

/** Under the scores: every priority factor with its contribution, and each CVE's stated score. */
export function ScoringSection(props: { brief: Brief }) {
  const { priority, triage, cvss } = props.brief;
  // Briefs stored before per-CVE scores existed have none until their story is analysed again.
  const cves: readonly CveScore[] = Array.isArray(cvss.cves) ? cvss.cves : [];
  return (
    <section id="scoring">
      <h2>How This Story Is Scored</h2>
      <p>
        <b>Triage {triage.level}</b> — {triage.reason.replace(`${triage.level}: `, '')}. Priority{' '}
        {priority.score.toFixed(3)} = Σ weight × value:
      </p>
      <table class="factors" id="factors">
        <thead>
          <tr>
            <th>Factor</th>
            <th>Weight</th>
            <th>Value</th>
            <th>Contribution</th>
            <th>Reason</th>
          </tr>
        </thead>
        <tbody>
          {priority.factors.map((f) => (
            <tr data-factor={f.name}>
              <td>{f.name}</td>
              <td>{f.weight.toFixed(2)}</td>
              <td>{f.value.toFixed(3)}</td>
              <td>{f.contribution.toFixed(3)}</td>
              <td>{f.reason}</td>
            </tr>
          ))}
          <tr>
            <th>priority</th>
            <td>{priority.factors.reduce((sum, f) => sum + f.weight, 0).toFixed(2)}</td>
            <td></td>
            <th>{priority.score.toFixed(3)}</th>
            <td></td>
          </tr>
        </tbody>
      </table>
      {cves.length > 0 ? (
        <table id="cvss-scores">
          <thead>
            <tr>
              <th>CVE</th>
              <th>Base score</th>
              <th>Vector</th>
              <th>Source</th>
              <th>CISA KEV</th>
              <th>Other stated scores</th>
            </tr>
          </thead>
          <tbody>
            {cves.map((cve) => (
              <CveRow cve={cve} />
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="refs">
        {cvss.estimated ? '' : `CVSS ${cvss.score.toFixed(1)}: ${asSentence(cvss.rationale)} `}
        Formulas and weights: docs/scoring.md.
      </p>
    </section>
  );
}

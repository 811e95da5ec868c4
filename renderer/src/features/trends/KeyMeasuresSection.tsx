// The key measures of the maturity standard, from the drills in the filters.
import { formatMinutes } from '../../components/charts/ChartFrame';
import { MEASURE_DEFINITIONS } from '../../domain/drills/measures';
import type { Summary } from '../../domain/stats/summary';
import type { TrendsView } from '../../domain/trends/compute';
import { formatRate } from '../../domain/trends/key-measures';
import { PHASE_LABELS, PHASES } from '../../domain/drills/phases';
import { SmallSampleWarning } from './SmallSample';

const figures = (s: Summary) =>
  s.n === 0
    ? 'no drills'
    : `median ${formatMinutes(s.median)} min · p90 ${formatMinutes(s.p90)} min · mean ${formatMinutes(s.mean)} min · n = ${s.n}`;

export function KeyMeasuresSection({ view }: { readonly view: TrendsView }) {
  const key = view.keyMeasures;
  const rows: [string, string, string][] = [
    [
      MEASURE_DEFINITIONS.timeToRecover.label,
      figures(key.timeToRecover),
      MEASURE_DEFINITIONS.timeToRecover.text,
    ],
    [
      'Latency per phase',
      PHASES.map((p) => `${PHASE_LABELS[p]} ${formatMinutes(view.series[p].summary.median)}`).join(
        ' · ',
      ) + ' (median minutes)',
      'How long each phase takes, from the fault being injected to the drill being closed; see Over time for each one.',
    ],
    ['Runbook usage rate', formatRate(key.runbookUsage), MEASURE_DEFINITIONS.runbookUsed.text],
    [
      'Recovery automation coverage',
      formatRate(key.automationCoverage),
      MEASURE_DEFINITIONS.automationUsed.text,
    ],
    ['Review rate', formatRate(key.reviewRate), MEASURE_DEFINITIONS.reviewHeld.text],
    [
      MEASURE_DEFINITIONS.commsLatency.label,
      `${figures(key.commsLatency)} (recorded in ${formatRate(key.commsRecorded)})`,
      MEASURE_DEFINITIONS.commsLatency.text,
    ],
  ];
  return (
    <section className="trends-section" aria-labelledby="trends-key">
      <h2 id="trends-key">Key measures of the standard</h2>
      <p className="trends-definition">
        Computed from the completed drills in these filters. Rates are given as “k of n”.
      </p>
      <SmallSampleWarning n={view.completed} />
      <dl className="trends-key-measures">
        {rows.map(([label, value, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <span className="trends-key-value">{value}</span>
              <span className="muted">{text}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

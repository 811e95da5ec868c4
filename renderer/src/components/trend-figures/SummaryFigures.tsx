// Median, p90 and mean always together with n: the median leads, the mean is never alone.
import type { Summary } from '../../domain/stats/summary';
import { formatMinutes } from '../../domain/dates/durations';
import { SmallSampleWarning } from './SmallSample';

export function SummaryFigures({
  summary,
  label,
}: {
  readonly summary: Summary;
  readonly label: string;
}) {
  return (
    <div className="trends-summary">
      <dl className="trends-figures" aria-label={`${label}: summary`}>
        <div>
          <dt>Median</dt>
          <dd>{formatMinutes(summary.median)} min</dd>
        </div>
        <div>
          <dt>p90</dt>
          <dd>{formatMinutes(summary.p90)} min</dd>
        </div>
        <div>
          <dt>Mean</dt>
          <dd>{formatMinutes(summary.mean)} min</dd>
        </div>
        <div>
          <dt>n</dt>
          <dd>{summary.n}</dd>
        </div>
      </dl>
      <SmallSampleWarning n={summary.n} />
    </div>
  );
}

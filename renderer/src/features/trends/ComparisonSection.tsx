// Period A against period B: both summaries, the bootstrap interval, and the plain sentence.
import { formatMinutes, formatSignedMinutes } from '../../domain/dates/durations';
import { SMALL_SAMPLE, type Summary } from '../../domain/stats/summary';
import { DEFAULT_RESAMPLES } from '../../domain/stats/bootstrap';
import type { TrendsView } from '../../domain/trends/compute';
import type { DateRange } from '../../domain/trends/filters';
import { DateField } from '../../components/DateField';
import type { TrendParams } from './trend-params';
import { SmallSampleWarning } from '../../components/trend-figures/SmallSample';

interface ComparisonSectionProps {
  readonly view: TrendsView;
  readonly periods: { readonly a: DateRange; readonly b: DateRange };
  readonly onChange: (key: keyof TrendParams, value: string) => void;
}

export function ComparisonSection({ view, periods, onChange }: ComparisonSectionProps) {
  const { comparison } = view;
  const { difference } = comparison;
  return (
    <section className="trends-section" aria-labelledby="trends-compare">
      <h2 id="trends-compare">Compare two periods</h2>
      <p className="trends-definition">
        Recovery time of completed drills in two periods (every filter above applies except the
        period). When both periods have at least {SMALL_SAMPLE} drills, the interval comes from a
        bootstrap: both periods are resampled {DEFAULT_RESAMPLES.toLocaleString('en-GB')} times and
        the middle 95 % of the differences in median is kept. The same data always gives the same
        interval. With fewer drills in either period, only the medians are shown.
      </p>
      <div className="trends-compare-grid">
        <PeriodColumn
          name="A"
          range={periods.a}
          summary={comparison.summaryA}
          onFrom={(v) => {
            onChange('aFrom', v);
          }}
          onTo={(v) => {
            onChange('aTo', v);
          }}
        />
        <PeriodColumn
          name="B"
          range={periods.b}
          summary={comparison.summaryB}
          onFrom={(v) => {
            onChange('bFrom', v);
          }}
          onTo={(v) => {
            onChange('bTo', v);
          }}
        />
      </div>
      <p className="trends-sentence" aria-live="polite">
        {comparison.sentence}
      </p>
      {difference !== null && difference.difference !== undefined && (
        <p className="muted">
          Median B − median A: {formatSignedMinutes(difference.difference)} min
          {difference.low !== undefined && difference.high !== undefined
            ? `; 95 % interval ${formatSignedMinutes(difference.low)} to ${formatSignedMinutes(difference.high)} min.`
            : '.'}
        </p>
      )}
    </section>
  );
}

interface PeriodColumnProps {
  readonly name: string;
  readonly range: DateRange;
  readonly summary: Summary;
  readonly onFrom: (value: string) => void;
  readonly onTo: (value: string) => void;
}

function PeriodColumn({ name, range, summary, onFrom, onTo }: PeriodColumnProps) {
  return (
    <fieldset className="trends-period">
      <legend>Period {name}</legend>
      <div className="trends-period-dates">
        <DateField label={`Period ${name} from`} value={range.from} onChange={onFrom} />
        <DateField label={`Period ${name} to`} value={range.to} onChange={onTo} />
      </div>
      <p>
        Median <strong>{formatMinutes(summary.median)} min</strong> · p90{' '}
        {formatMinutes(summary.p90)} min · mean {formatMinutes(summary.mean)} min · n = {summary.n}
      </p>
      <SmallSampleWarning n={summary.n} />
    </fieldset>
  );
}

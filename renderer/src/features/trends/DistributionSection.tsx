import { HistogramChart } from '../../components/charts/HistogramChart';
import type { TrendsView } from '../../domain/trends/compute';
import { SmallSampleWarning } from '../../components/trend-figures/SmallSample';

export function DistributionSection({ view }: { readonly view: TrendsView }) {
  const n = view.series.timeToRecover.summary.n;
  return (
    <section className="trends-section" aria-labelledby="trends-distribution">
      <h2 id="trends-distribution">Distribution of recovery times</h2>
      <p className="trends-definition">
        How many completed drills took how long to recover, in bins of equal width. A long tail to
        the right is why the median, not the mean, leads.
      </p>
      <SmallSampleWarning n={n} />
      {n === 0 ? (
        <p className="muted">No completed drill in these filters has a recovery time.</p>
      ) : (
        <HistogramChart
          title="Recovery times of completed drills"
          bins={view.distribution}
          valueLabel="Time to recover (minutes)"
        />
      )}
    </section>
  );
}

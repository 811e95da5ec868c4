import {
  DISTRIBUTION_TITLE,
  DistributionFigure,
} from '../../components/trend-figures/TrendFigures';
import type { TrendsView } from '../../domain/trends/compute';

export function DistributionSection({ view }: { readonly view: TrendsView }) {
  return (
    <section className="trends-section" aria-labelledby="trends-distribution">
      <h2 id="trends-distribution">{DISTRIBUTION_TITLE}</h2>
      <DistributionFigure
        bins={view.distribution}
        n={view.series.timeToRecover.summary.n}
        empty={<p className="muted">No completed drill in these filters has a recovery time.</p>}
      />
    </section>
  );
}

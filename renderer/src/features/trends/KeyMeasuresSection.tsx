// The key measures of the maturity standard, from the drills in the filters.
import type { TrendsView } from '../../domain/trends/compute';
import { keyMeasureRows } from '../../components/trend-figures/key-measure-rows';
import { SmallSampleWarning } from '../../components/trend-figures/SmallSample';

export function KeyMeasuresSection({ view }: { readonly view: TrendsView }) {
  return (
    <section className="trends-section" aria-labelledby="trends-key">
      <h2 id="trends-key">Key measures of the standard</h2>
      <p className="trends-definition">
        Computed from the completed drills in these filters. Rates are given as “k of n”.
      </p>
      <SmallSampleWarning n={view.completed} />
      <dl className="trends-key-measures">
        {keyMeasureRows(view, 'Over time').map(({ label, figure, meaning }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <span className="trends-key-value">{figure}</span>
              <span className="muted">{meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

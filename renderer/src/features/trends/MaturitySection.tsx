import { MaturityLinesChart } from '../../components/trend-figures/TrendFigures';
import type { TrendsView } from '../../domain/trends/compute';

export function MaturitySection({ view }: { readonly view: TrendsView }) {
  const { maturity } = view;
  return (
    <section className="trends-section" aria-labelledby="trends-maturity">
      <h2 id="trends-maturity">Maturity score history</h2>
      <p className="trends-definition">
        {maturity.by === 'category'
          ? 'The score of each category (1.0 to 5.0) at every final assessment.'
          : 'The overall score of each team (the mean of its category scores, 1.0 to 5.0) at every final assessment.'}{' '}
        Drafts are left out until they are finalised. The period and drill filters do not apply
        here.
      </p>
      {maturity.assessments === 0 ? (
        <p className="muted">
          No final assessment yet. Take and finalise one under Assessments to start the history.
        </p>
      ) : (
        <MaturityLinesChart maturity={maturity} />
      )}
    </section>
  );
}

import { Link } from 'react-router';
import type { LatestFinal } from '../../db/repositories/home.repository';
import { levelName } from '../../domain/maturity/model-types';
import { levelText, OVERALL_SCORE_LABEL } from '../../domain/words/assessments';
import { findModel } from '../../domain/maturity/models';
import { formatScore } from '../../domain/maturity/scoring';
import { assessmentTitle, indexAnswers, resultOf } from '../../domain/maturity/assessment-view';

/** The levels of the latest final assessment: drafts can still change, so they are not shown. */
export function MaturityCard({ latest }: { readonly latest: LatestFinal | null }) {
  const model = latest === null ? undefined : findModel(latest.assessment.modelId);
  if (latest === null || model === undefined) {
    return (
      <section className="card" aria-labelledby="maturity-heading">
        <h2 id="maturity-heading">Maturity</h2>
        <p className="muted">No final assessment yet, so there are no levels to show.</p>
        <Link className="button" to="/assessments/new">
          Start an assessment
        </Link>
      </section>
    );
  }
  const result = resultOf(model, indexAnswers(latest.answers));
  return (
    <section className="card" aria-labelledby="maturity-heading">
      <h2 id="maturity-heading">Maturity</h2>
      <p className="muted">Overall level (lowest category)</p>
      <p className="stat">{levelText(model, result.overallLevel)}</p>
      <p className="muted">
        {OVERALL_SCORE_LABEL}: {formatScore(result.overallScore)} of 5
      </p>
      <ul className="home-levels">
        {model.categories.map((category, index) => {
          const level = result.categories[index]?.level ?? 1;
          return (
            <li key={category.id}>
              <span>{category.name}</span>
              <span className="muted">
                Level {level} · {levelName(model, level)}
              </span>
            </li>
          );
        })}
      </ul>
      <Link to={`/assessments/${latest.assessment.id}`}>{assessmentTitle(latest.assessment)}</Link>
    </section>
  );
}

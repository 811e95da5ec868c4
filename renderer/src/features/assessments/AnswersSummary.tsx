import { AGREED_RATER_ID } from '../../db/records';
import { ANSWER_LABELS } from '../../domain/maturity/answers';
import { formatScore } from '../../domain/maturity/scoring';
import type { AssessmentData } from './assessment-data';

/** Every criterion with its (agreed) answer and evidence, one folded section per category. */
export function AnswersSummary({ data }: { readonly data: AssessmentData }) {
  const { model, answers, result } = data;
  const agreed = answers.get(AGREED_RATER_ID);
  return (
    <section className="card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers and evidence</h2>
      {model.categories.map((category, index) => (
        <details key={category.id} className="answers-category">
          <summary>
            {category.name} · level {result.categories[index]?.level} · score{' '}
            {formatScore(result.categories[index]?.score ?? 1)}
          </summary>
          <table className="data">
            <caption className="visually-hidden">Answers for {category.name}</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Criterion</th>
                <th scope="col">Answer</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {category.levels.flatMap((level) =>
                level.criteria.map((criterion) => {
                  const answer = agreed?.get(criterion.id);
                  const value = answer?.value ?? null;
                  return (
                    <tr key={criterion.id}>
                      <td>{level.level}</td>
                      <td>{criterion.text}</td>
                      <td>
                        {value === null ? (
                          <span className="muted">Unanswered</span>
                        ) : (
                          ANSWER_LABELS[value]
                        )}
                        {value === 'na' && <div className="muted">{answer?.naReason}</div>}
                      </td>
                      <td>
                        {answer?.evidence.text}
                        {answer?.evidence.links.map((link) => (
                          <div key={link}>
                            <a href={link} target="_blank" rel="noreferrer">
                              {link}
                            </a>
                          </div>
                        ))}
                      </td>
                    </tr>
                  );
                }),
              )}
            </tbody>
          </table>
        </details>
      ))}
    </section>
  );
}

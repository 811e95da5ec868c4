import { Link } from 'react-router';
import { AGREED_RATER_ID, type AnswerRecord } from '../../domain/records/answers';
import { evidenceAge, STALE_LABEL } from '../../domain/maturity/evidence-age';
import { ANSWER_LABELS } from '../../domain/words/assessments';
import { formatScore } from '../../domain/maturity/scoring';
import { type AssessmentData } from './assessment-data';
import { formatIsoDate } from '../../domain/dates/format';
import { useEvidenceContext } from './evidence-drills';

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
                      <td>{answer !== undefined && <EvidenceCell answer={answer} />}</td>
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

/** Text, links, drills and incidents, with the stale tag when every piece is older than 180 days. */
function EvidenceCell({ answer }: { readonly answer: AnswerRecord }) {
  const context = useEvidenceContext();
  const { evidence } = answer;
  const age = evidenceAge({
    evidence,
    drillDates: context.drillDates,
    incidentDates: context.incidentDates,
    judgedAt: context.judgedAt,
    timeZoneOffsetMinutes: context.timeZoneOffsetMinutes,
  });
  return (
    <>
      {age.stale && (
        <div>
          <span className="tag stale">{STALE_LABEL}</span>
        </div>
      )}
      {evidence.text}
      {evidence.links.map((link) => (
        <div key={link}>
          <a href={link} target="_blank" rel="noreferrer">
            {link}
          </a>
        </div>
      ))}
      {evidence.drillIds.length > 0 && (
        <ul className="evidence-drill-list">
          {evidence.drillIds.map((drillId) => {
            const entry = context.drills.find((candidate) => candidate.drill.id === drillId);
            return (
              <li key={drillId}>
                {entry === undefined ? (
                  <span className="muted">A drill that has been deleted</span>
                ) : (
                  <>
                    Drill: <Link to={`/drills/${drillId}`}>{entry.drill.title}</Link>{' '}
                    <span className="muted">· {formatIsoDate(entry.ranOn)}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {(evidence.incidentIds ?? []).length > 0 && (
        <ul className="evidence-drill-list">
          {(evidence.incidentIds ?? []).map((incidentId) => {
            const incident = context.incidents.find((candidate) => candidate.id === incidentId);
            return (
              <li key={incidentId}>
                {incident === undefined ? (
                  <span className="muted">An incident that has been deleted or reopened</span>
                ) : (
                  <>
                    Incident: {incident.title}{' '}
                    <span className="muted">· {formatIsoDate(incident.date)}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

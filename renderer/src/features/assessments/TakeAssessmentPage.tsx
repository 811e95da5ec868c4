import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { categoryCriteria, criteriaOf } from '../../domain/maturity/model-types';
import { assessmentTitle, raterName } from '../../domain/maturity/assessment-view';
import { useAssessment, type AssessmentData } from './assessment-data';
import { AssessmentMissing } from './AssessmentMissing';
import { CriterionAnswer } from './CriterionAnswer';
import { EvidenceDrillsProvider } from './evidence-drills';

/** /assessments/:assessmentId/answer/:raterId/:categoryId — one category at a time. */
export function TakeAssessmentPage() {
  const { assessmentId, raterId = AGREED_RATER_ID, categoryId } = useParams();
  const data = useAssessment(assessmentId);
  if (data === undefined) return null;
  if (data === null) return <AssessmentMissing />;
  return (
    <EvidenceDrillsProvider assessment={data.assessment}>
      <TakeCategory data={data} raterId={raterId} categoryId={categoryId} />
    </EvidenceDrillsProvider>
  );
}

interface TakeCategoryProps {
  readonly data: AssessmentData;
  readonly raterId: string;
  readonly categoryId: string | undefined;
}

function TakeCategory({ data, raterId, categoryId }: TakeCategoryProps) {
  const { assessment, model, answers } = data;
  const index = Math.max(
    0,
    model.categories.findIndex((category) => category.id === categoryId),
  );
  const category = model.categories[index] ?? model.categories[0];
  const mine = answers.get(raterId);
  const answeredIn = (criteria: readonly { id: string }[]) =>
    criteria.filter((criterion) => (mine?.get(criterion.id)?.value ?? null) !== null).length;
  const total = criteriaOf(model).length;
  const answered = answeredIn(criteriaOf(model));
  const readOnly = assessment.status === 'final';
  const base = `/assessments/${assessment.id}/answer/${raterId}`;
  useResumeScroll(category?.id, mine);
  if (category === undefined) return null;
  const previous = model.categories[index - 1];
  const next = model.categories[index + 1];
  const asRater =
    raterId === AGREED_RATER_ID ? '' : ` · answers of ${raterName(assessment, raterId)}`;

  return (
    <>
      <PageHeader
        title={category.name}
        description={`${assessmentTitle(assessment)}${asRater}${readOnly ? ' · final, read-only' : ''}`}
        actions={
          <Link className="button" to={`/assessments/${assessment.id}`}>
            Results
          </Link>
        }
      />
      <div className="take-progress">
        <label htmlFor="assessment-progress">
          {answered} of {total} criteria answered
        </label>
        <progress id="assessment-progress" max={total} value={answered} />
      </div>
      <nav aria-label="Categories" className="category-steps">
        <ol>
          {model.categories.map((entry, position) => {
            const criteria = categoryCriteria(entry);
            return (
              <li key={entry.id}>
                <Link
                  to={`${base}/${entry.id}`}
                  aria-current={entry.id === category.id ? 'step' : undefined}
                >
                  <span>
                    {position + 1}. {entry.name}
                  </span>
                  <span className="muted">
                    {answeredIn(criteria)}/{criteria.length}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
      {category.levels.map((level) => (
        <section key={level.level} className="card" aria-labelledby={`level-${level.level}`}>
          <h2 id={`level-${level.level}`}>
            Level {level.level}: {model.levels.find((l) => l.level === level.level)?.name}
          </h2>
          <p className="muted">{level.description}</p>
          <ol className="criteria">
            {level.criteria.map((criterion, position) => (
              <CriterionAnswer
                key={`${raterId}-${criterion.id}`}
                assessmentId={assessment.id}
                raterId={raterId}
                criterion={{ ...criterion, categoryId: category.id, level: level.level }}
                scale={model.answerScale}
                number={`${level.level}.${position + 1}`}
                stored={mine?.get(criterion.id)}
                readOnly={readOnly}
              />
            ))}
          </ol>
        </section>
      ))}
      <div className="button-row">
        {previous && (
          <Link className="button" to={`${base}/${previous.id}`}>
            ← {previous.name}
          </Link>
        )}
        {next ? (
          <Link className="button primary" to={`${base}/${next.id}`}>
            Next: {next.name} →
          </Link>
        ) : (
          <Link className="button primary" to={`/assessments/${assessment.id}`}>
            See the results
          </Link>
        )}
      </div>
    </>
  );
}

/**
 * Resuming after a reload: the URL brings back the category, and this brings the criterion
 * answered last into view, so the user continues where they stopped.
 */
function useResumeScroll(
  categoryId: string | undefined,
  mine:
    ReadonlyMap<string, { readonly updatedAt: number; readonly criterionId: string }> | undefined,
) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (categoryId === undefined || done.current === categoryId) return;
    done.current = categoryId;
    const latest = [...(mine?.values() ?? [])]
      .filter((answer) => answer.criterionId.startsWith(`${categoryId}.`))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (latest === undefined) return;
    document.getElementById(`criterion-${latest.criterionId}`)?.scrollIntoView({ block: 'center' });
  }, [categoryId, mine]);
}

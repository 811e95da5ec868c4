import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { ANSWER_LABELS } from '../../domain/words/assessments';
import { reconcileRows, type ReconcileRow } from '../../domain/maturity/reconcile';
import { countOf } from '../../domain/text/plural';
import { toast } from '../../stores/toast.store';
import { assessmentTitle, valuesOf } from '../../domain/maturity/assessment-view';
import { useAssessment, type AssessmentData } from './assessment-data';
import { AssessmentMissing } from './AssessmentMissing';
import { CriterionAnswer } from './CriterionAnswer';
import { EvidenceDrillsProvider } from './evidence-drills';

/** /assessments/:assessmentId/reconcile — raters side by side, disagreements first. */
export function ReconcilePage() {
  const { assessmentId } = useParams();
  const data = useAssessment(assessmentId);
  if (data === undefined) return null;
  if (data === null) return <AssessmentMissing />;
  return (
    <EvidenceDrillsProvider assessment={data.assessment}>
      <Reconcile data={data} />
    </EvidenceDrillsProvider>
  );
}

function Reconcile({ data }: { readonly data: AssessmentData }) {
  const { assessment, model, answers } = data;
  const raterIds = assessment.raters.map((rater) => rater.id);
  const rows = reconcileRows(model, raterIds, answers, valuesOf(answers, AGREED_RATER_ID));
  const disagreements = rows.filter((row) => row.disagreement).length;
  const readOnly = assessment.status === 'final';

  async function acceptUnanimous() {
    const accepted = await repos.assessments.acceptUnanimous(assessment.id);
    toast.success(
      `${countOf(accepted, 'unanimous answer', 'unanimous answers')} recorded as agreed.`,
    );
  }

  return (
    <>
      <PageHeader
        title="Reconcile answers"
        description={`${assessmentTitle(assessment)} · ${assessment.raters.map((r) => r.name).join(', ')}`}
        actions={
          <Link className="button" to={`/assessments/${assessment.id}`}>
            Results
          </Link>
        }
      />
      <p>
        {disagreements === 0
          ? 'The raters agree on every criterion they have both answered.'
          : `The raters disagree on ${countOf(disagreements, 'criterion', 'criteria')}; the widest spread comes first.`}{' '}
        Only the agreed answer scores.
      </p>
      {!readOnly && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void acceptUnanimous()}>
            Accept every unanimous answer
          </button>
        </div>
      )}
      <ol className="criteria reconcile-list">
        {rows.map((row) => (
          <CriterionAnswer
            key={row.criterion.id}
            assessmentId={assessment.id}
            raterId={AGREED_RATER_ID}
            criterion={row.criterion}
            scale={model.answerScale}
            number={`${model.categories.find((c) => c.id === row.criterion.categoryId)?.name ?? ''} · level ${row.criterion.level}`}
            stored={answers.get(AGREED_RATER_ID)?.get(row.criterion.id)}
            readOnly={readOnly}
            answerLabel="Agreed answer"
            context={<RaterValues row={row} names={assessment.raters} />}
          />
        ))}
      </ol>
    </>
  );
}

function RaterValues({
  row,
  names,
}: {
  readonly row: ReconcileRow;
  readonly names: readonly { id: string; name: string }[];
}) {
  return (
    <div className={`rater-values ${row.disagreement ? 'disagree' : ''}`}>
      <span className="spread-badge">
        {row.disagreement ? `Disagree · spread ${row.spread} of 3` : 'No disagreement'}
      </span>
      <ul>
        {row.values.map((entry) => (
          <li key={entry.raterId}>
            {names.find((rater) => rater.id === entry.raterId)?.name}:{' '}
            <strong>{entry.value === null ? 'not answered' : ANSWER_LABELS[entry.value]}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

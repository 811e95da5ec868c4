import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import type { DrillRecord } from '../../domain/records/drills';
import { HYPOTHESIS_HELD_CHOICES } from '../../domain/words/drills';
import type { ReviewField } from '../../domain/drills/plan-rules';
import { toast } from '../../stores/toast.store';
import { useSubmit } from '../../components/use-submit';
import { DrillFrame } from './DrillFrame';
import { MeasuresList } from './MeasuresList';
import { RadioGroup } from '../../components/RadioGroup';
import { ReviewActionItems } from './ReviewActionItems';
import { TextArea } from '../../components/TextArea';
import { DETECTED_BY_LABELS } from '../../domain/words/drill-kit';
import { KitActivity } from './KitActivity';

export function ReviewPage() {
  return (
    <DrillFrame>
      {({ drill, state }) => (
        <>
          <PageHeader title={`Review: ${drill.title}`} description={drill.hypothesis} />
          {drill.status !== 'completed' ? (
            <EmptyState title="Not ready for review">
              <p>
                A drill is reviewed after it is closed.{' '}
                <Link to={`/drills/${drill.id}/run`}>Back to the run</Link>
              </p>
            </EmptyState>
          ) : (
            <>
              <ReviewForm drill={drill} />
              <KitActivity drill={drill} state={state} />
              <ReviewActionItems drill={drill} />
              <MeasuresList drill={drill} state={state} />
            </>
          )}
        </>
      )}
    </DrillFrame>
  );
}

function ReviewForm({ drill }: { readonly drill: DrillRecord }) {
  const navigate = useNavigate();
  const [held, setHeld] = useState<string>(drill.review?.hypothesisHeld ?? '');
  const [detectedBy, setDetectedBy] = useState<string>(drill.review?.detectedBy ?? '');
  const [wentWell, setWentWell] = useState(drill.review?.wentWell ?? '');
  const [wentBadly, setWentBadly] = useState(drill.review?.wentBadly ?? '');
  const [reviewHeld, setReviewHeld] = useState<string>(
    drill.review === null ? '' : drill.review.reviewHeld ? 'yes' : 'no',
  );
  const { errors, busy, run } = useSubmit<DrillRecord, ReviewField>();
  return (
    <form
      noValidate
      className="card"
      aria-label="Drill review"
      onSubmit={(event) => {
        event.preventDefault();
        void run(
          () =>
            repos.drills.saveReview(drill.id, {
              hypothesisHeld: held === '' ? null : held,
              detectedBy,
              wentWell,
              wentBadly,
              reviewHeld: reviewHeld === '' ? null : reviewHeld === 'yes',
            }),
          () => {
            toast.success('Review saved.');
            void navigate(`/drills/${drill.id}`);
          },
        );
      }}
    >
      <h2>What the drill showed</h2>
      <RadioGroup
        legend="Did the hypothesis hold?"
        name="hypothesis-held"
        value={held}
        options={Object.entries(HYPOTHESIS_HELD_CHOICES)}
        onChange={setHeld}
        error={errors.hypothesisHeld}
      />
      <RadioGroup
        legend="Who detected the fault first?"
        name="detected-by"
        value={detectedBy}
        options={Object.entries(DETECTED_BY_LABELS)}
        onChange={setDetectedBy}
        error={errors.detectedBy}
      />
      <TextArea
        label="What went well"
        value={wentWell}
        onChange={setWentWell}
        error={errors.wentWell}
      />
      <TextArea
        label="What did not go well"
        value={wentBadly}
        onChange={setWentBadly}
        error={errors.wentBadly}
      />
      <RadioGroup
        legend="Was a review meeting held?"
        name="review-held"
        value={reviewHeld}
        options={[
          ['yes', 'Yes'],
          ['no', 'Not yet'],
        ]}
        onChange={setReviewHeld}
        error={errors.reviewHeld}
      />
      <FormActions error={errors.form} submitLabel="Save review" busy={busy} />
    </form>
  );
}

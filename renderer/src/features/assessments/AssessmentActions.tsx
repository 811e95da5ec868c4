import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { reportRoute, type ReportRequest } from '@shared/report-request';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { repos } from '../../db/app-db';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { whyNotFinalisable } from '../../domain/maturity/assessment-lifecycle';
import { defaultPaper } from '../../domain/reports/paper';
import { toast } from '../../stores/toast.store';
import { ExportReportButton } from '../../components/ExportReportButton';
import { hasSeveralRaters } from '../../domain/maturity/assessment-view';
import type { AssessmentData } from './assessment-data';
import { localToday } from '../../platform/reader';
import { resumeCategory } from './resume';

type Dialog = 'finalise' | 'remove' | null;

/** What can be done with an assessment: answer, reconcile, finalise, clone, delete. */
export function AssessmentActions({ data }: { readonly data: AssessmentData }) {
  const { assessment, model, answers } = data;
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  // The rule the repository applies when finalising, asked here so the button is offered only when
  // finalising will be accepted, with the reason beside it otherwise.
  const agreed = [...(answers.get(AGREED_RATER_ID)?.values() ?? [])];
  const notYet = whyNotFinalisable(assessment, model, agreed);
  const answerLink = (raterId: string) =>
    `/assessments/${assessment.id}/answer/${raterId}/${resumeCategory(model, answers, raterId, assessment.createdAt)}`;

  async function finalise() {
    const result = await repos.assessments.finalise(assessment.id);
    setDialog(null);
    if (result.ok) {
      setError(null);
      toast.success('Assessment finalised. It is now read-only.');
    } else setError(result.errors.form ?? 'The assessment could not be finalised.');
  }

  async function clone() {
    const result = await repos.assessments.clone(assessment.id, localToday());
    if (!result.ok) {
      toast.error(result.errors.form ?? 'The assessment could not be cloned.');
      return;
    }
    toast.success('New draft started from this assessment.');
    void navigate(`/assessments/${result.value.id}`);
  }

  async function remove() {
    await repos.assessments.remove(assessment.id);
    setDialog(null);
    toast.success('Draft assessment deleted.');
    void navigate('/assessments');
  }

  if (assessment.status === 'final') {
    return (
      <div className="button-row assessment-actions">
        <button type="button" className="button primary" onClick={() => void clone()}>
          Clone to start the next assessment
        </button>
        <Link className="button" to={`/assessments/compare?b=${assessment.id}`}>
          Compare…
        </Link>
        <ReportLinks assessmentId={assessment.id} />
      </div>
    );
  }

  return (
    <>
      {error !== null && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row assessment-actions">
        {hasSeveralRaters(assessment) ? (
          <>
            {assessment.raters.map((rater) => (
              <Link key={rater.id} className="button" to={answerLink(rater.id)}>
                Answer as {rater.name}
              </Link>
            ))}
            <Link className="button primary" to={`/assessments/${assessment.id}/reconcile`}>
              Reconcile answers
            </Link>
          </>
        ) : (
          <Link className="button primary" to={answerLink(AGREED_RATER_ID)}>
            Continue answering
          </Link>
        )}
        <button
          type="button"
          className="button"
          disabled={notYet !== null}
          aria-describedby={notYet === null ? undefined : 'finalise-not-yet'}
          onClick={() => {
            setDialog('finalise');
          }}
        >
          Finalise…
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            setDialog('remove');
          }}
        >
          Delete draft…
        </button>
        <ReportLinks assessmentId={assessment.id} />
      </div>
      {notYet !== null && (
        <p className="muted" id="finalise-not-yet">
          {notYet}
        </p>
      )}
      <ConfirmDialog
        open={dialog === 'finalise'}
        title="Finalise this assessment?"
        confirmLabel="Finalise"
        onConfirm={() => void finalise()}
        onCancel={() => {
          setDialog(null);
        }}
      >
        <p>A final assessment can no longer be changed. You can clone it to start the next one.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'remove'}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        danger
        onConfirm={() => void remove()}
        onCancel={() => {
          setDialog(null);
        }}
      >
        <p>Its answers and evidence are deleted too.</p>
      </ConfirmDialog>
    </>
  );
}

/** The assessment report: one click to a PDF, or the printable view to read first. */
function ReportLinks({ assessmentId }: { readonly assessmentId: string }) {
  const request: ReportRequest = {
    target: { kind: 'assessment', assessmentId },
    paper: defaultPaper(navigator.language),
  };
  return (
    <>
      <ExportReportButton request={request} label="Export PDF report…" />
      <Link className="button" to={reportRoute(request)}>
        Open the report
      </Link>
    </>
  );
}

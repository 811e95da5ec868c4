import { Link } from 'react-router';
import { reportRoute, type ReportRequest } from '@shared/report-request';
import { PageHeader } from '../../components/PageHeader';
import type { DrillRecord } from '../../domain/records/drills';
import { defaultPaper } from '../../domain/reports/paper';
import { ExportReportButton } from '../../components/ExportReportButton';
import { DrillFrame } from './DrillFrame';
import { MeasuresList } from './MeasuresList';
import { ReviewActionItems } from './ReviewActionItems';
import { PhaseTable } from './PhaseTable';
import { Timeline } from './Timeline';
import { KitActivity } from './KitActivity';
import { KitSummary } from './KitSummary';
import { formatIsoDate } from '../../domain/dates/format';
import { HYPOTHESIS_HELD_LABELS } from '../../domain/words/drills';

export function DrillDetailPage() {
  return (
    <DrillFrame>
      {({ drill, state }) => (
        <>
          <PageHeader
            title={drill.title}
            description={`${drill.scenarioName} · ${drill.severity} · ${formatIsoDate(drill.plannedFor)} · ${drill.status}`}
            actions={
              <>
                {drill.status === 'planned' && (
                  <Link className="button" to={`/drills/${drill.id}/edit`}>
                    Edit the plan
                  </Link>
                )}
                {(drill.status === 'planned' || drill.status === 'running') && (
                  <Link className="button primary" to={`/drills/${drill.id}/run`}>
                    {drill.status === 'planned' ? 'Open the run' : 'Back to the run'}
                  </Link>
                )}
                {drill.status === 'completed' && (
                  <Link className="button primary" to={`/drills/${drill.id}/review`}>
                    {drill.review === null ? 'Write the review' : 'Edit the review'}
                  </Link>
                )}
                {(drill.status === 'completed' || drill.status === 'aborted') && (
                  <ReportActions drill={drill} />
                )}
                <Link
                  className="button"
                  to={reportRoute({
                    target: { kind: 'role-cards', drillId: drill.id },
                    paper: defaultPaper(navigator.language),
                  })}
                >
                  Role cards
                </Link>
              </>
            }
          />
          <PlanSummary drill={drill} />
          <KitSummary kit={drill.kit} id="drill-kit-heading" />
          <PhaseTable drill={drill} state={state} />
          <MeasuresList drill={drill} state={state} />
          {drill.review !== null && (
            <section className="card" aria-labelledby="review-heading">
              <h2 id="review-heading">Review</h2>
              <dl className="definition-list">
                <dt>Hypothesis held</dt>
                <dd>{HYPOTHESIS_HELD_LABELS[drill.review.hypothesisHeld]}</dd>
                <dt>Went well</dt>
                <dd>{drill.review.wentWell || '—'}</dd>
                <dt>Did not go well</dt>
                <dd>{drill.review.wentBadly || '—'}</dd>
                <dt>Review meeting held</dt>
                <dd>{drill.review.reviewHeld ? 'Yes' : 'No'}</dd>
              </dl>
            </section>
          )}
          {state.boundaries.length > 0 && <KitActivity drill={drill} state={state} />}
          {drill.status === 'completed' && <ReviewActionItems drill={drill} />}
          <Timeline drill={drill} state={state} title="Timeline" />
        </>
      )}
    </DrillFrame>
  );
}

/** The drill's report: opened on screen, or exported straight to PDF. */
function ReportActions({ drill }: { readonly drill: DrillRecord }) {
  const request: ReportRequest = {
    target: { kind: 'drill', drillId: drill.id },
    paper: defaultPaper(navigator.language),
  };
  return (
    <>
      <Link className="button" to={reportRoute(request)}>
        Open the report
      </Link>
      <ExportReportButton request={request} label="Export PDF report…" />
    </>
  );
}

function PlanSummary({ drill }: { readonly drill: DrillRecord }) {
  const { roles } = drill;
  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan</h2>
      <dl className="definition-list">
        <dt>Hypothesis</dt>
        <dd>{drill.hypothesis}</dd>
        <dt>Facilitator</dt>
        <dd>{roles.facilitator}</dd>
        <dt>Incident commander</dt>
        <dd>{roles.incidentCommander}</dd>
        <dt>Scribe</dt>
        <dd>{roles.scribe || '—'}</dd>
        <dt>Responders</dt>
        <dd>{roles.responders.join(', ') || '—'}</dd>
        <dt>Observers</dt>
        <dd>{roles.observers.join(', ') || '—'}</dd>
      </dl>
    </section>
  );
}

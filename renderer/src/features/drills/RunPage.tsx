import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { currentPhase } from '../../domain/drills/clock';
import { MARK_LABELS, PHASE_LABELS, RUN_STATUS_LABELS } from '../../domain/words/drills';
import { nextMark } from '../../domain/drills/run-state';
import { DrillFrame } from './DrillFrame';
import { RunControls } from './RunControls';
import { RunDialogs } from './RunDialogs';
import { ShortcutLegend } from './ShortcutLegend';
import { SideEventForm } from './SideEventForm';
import { Timeline } from './Timeline';
import { DueInjects } from './DueInjects';
import { KitDialogs } from './KitDialogs';
import { RunChecklists } from './RunChecklists';
import { StopConditions } from './StopConditions';
import { runAction } from './run-actions';
import type { DrillData } from './use-drill';
import { useRunActions } from './use-run-actions';
import { isLive, PausedSoFar, PhaseCards, TotalClock } from './RunClocks';
import { OpenPresenterButton } from './OpenPresenterButton';
import { useKeepDisplayAwake } from './use-keep-display-awake';
import { formatIsoDate } from '../../domain/dates/format';

export function RunPage() {
  return <DrillFrame>{(data) => <RunScreen data={data} />}</DrillFrame>;
}

function RunScreen({ data }: { readonly data: DrillData }) {
  const { drill, state } = data;
  const { perform, run, send, announcement, notice } = useRunActions(
    drill.id,
    state,
    'run',
    drill.plannedFor,
    drill.kit,
  );
  useKeepDisplayAwake(isLive(state));
  // No clock is read here: the ticking lives in RunClocks, so a tick repaints only the clocks.
  const upcoming = nextMark(state);
  const phase = currentPhase(state);
  return (
    <>
      <PageHeader
        title={`Run: ${drill.title}`}
        description={`${drill.scenarioName} · ${drill.severity} · planned for ${formatIsoDate(drill.plannedFor)}`}
        actions={
          <>
            <OpenPresenterButton drillId={drill.id} />
            <Link className="button" to={`/drills/${drill.id}/present`}>
              {runAction('presenter').label(state)}
            </Link>
            <Link className="button" to={`/drills/${drill.id}`}>
              Details
            </Link>
          </>
        }
      />
      <section className="card run-summary" aria-label="Run status">
        <div>
          <p className="clock-label">Total (paused time excluded)</p>
          <TotalClock state={state} className="total-clock" testId="total-clock" />
        </div>
        <dl className="run-facts">
          <dt>Status</dt>
          <dd data-testid="run-status">{RUN_STATUS_LABELS[state.status]}</dd>
          <dt>Current phase</dt>
          <dd>{phase === null ? '—' : PHASE_LABELS[phase]}</dd>
          <dt>Next mark</dt>
          <dd>{upcoming === null ? '—' : MARK_LABELS[upcoming]}</dd>
          <dt>Paused so far</dt>
          <dd>
            <PausedSoFar state={state} />
          </dd>
        </dl>
        {state.status === 'paused' && (
          <p className="message">Paused: {state.pauses.at(-1)?.reason}. The clocks are stopped.</p>
        )}
        {state.abort !== null && <p className="message error">Aborted: {state.abort.reason}</p>}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>
      <PhaseCards state={state} targets={drill.targets} />
      <RunControls drill={drill} state={state} perform={perform} notice={notice} />
      <div className="kit-grid">
        <DueInjects drill={drill} state={state} perform={perform} />
        <RunChecklists drill={drill} state={state} run={run} />
        <StopConditions drill={drill} state={state} perform={perform} />
      </div>
      <div className="two-column">
        <SideEventForm drill={drill} state={state} run={run} />
        <ShortcutLegend />
      </div>
      <Timeline drill={drill} state={state} title="Run log" />
      <RunDialogs drill={drill} state={state} send={send} />
      <KitDialogs drill={drill} state={state} send={send} />
    </>
  );
}

import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { currentPhase, phaseClocks, totalElapsed, totalPaused } from '../../domain/drills/clock';
import type { DrillCommand } from '../../domain/drills/commands';
import { formatDurationInWords, formatClock, formatOffset } from '../../domain/dates/durations';
import { MARK_LABELS, PHASE_LABELS, RUN_STATUS_LABELS } from '../../domain/words/drills';
import { nextMark } from '../../domain/drills/run-state';
import { useDrillRun } from '../../stores/drill-run.store';
import { toast } from '../../stores/toast.store';
import { DrillFrame } from './DrillFrame';
import { PhaseCard } from './PhaseCard';
import { RunControls } from './RunControls';
import { RunDialogs } from './RunDialogs';
import { ShortcutLegend } from './ShortcutLegend';
import { SideEventForm } from './SideEventForm';
import { Timeline } from './Timeline';
import { firstError, useRunCommand, type DrillData } from './use-drill';
import { useNow } from './use-now';
import { useRunShortcuts } from './use-run-shortcuts';
import { measureMarkDurable, useClockRenderMeasure } from './perf-marks';

export function RunPage() {
  return <DrillFrame>{(data) => <RunScreen data={data} />}</DrillFrame>;
}

const VERB: Partial<Record<DrillCommand['kind'], string>> = {
  mark: 'recorded',
  skip: 'skipped',
  undo: 'undone',
};

function RunScreen({ data }: { readonly data: DrillData }) {
  const { drill, state } = data;
  const navigate = useNavigate();
  const send = useRunCommand(drill.id);
  const openDialog = useDrillRun((s) => s.openDialog);
  const [announcement, setAnnouncement] = useState('');
  const live = state.status === 'running' || state.status === 'paused';
  const now = useNow(250, live);
  useClockRenderMeasure(now);
  const clocks = phaseClocks(state, drill.targets, now);
  const upcoming = nextMark(state);
  const start = state.boundaries[0]?.at;

  /** Sends a command and reports it only once it is committed. */
  const run = async (command: DrillCommand) => {
    const result = await send(command);
    if (result === null) return;
    if (!result.ok) {
      toast.error(firstError(result));
      return;
    }
    const event = result.value;
    if (event.kind === 'mark') measureMarkDurable(command.at);
    if (event.kind === 'mark' || event.kind === 'skip' || event.kind === 'undo') {
      const text = `${MARK_LABELS[event.mark]} ${VERB[event.kind] ?? ''} at ${formatOffset(event.at, event.mark === 'start' ? event.at : start)}.`;
      setAnnouncement(text);
      if (event.kind === 'mark' && event.mark === 'closed') {
        toast.success('Drill closed. Time for the review.');
        void navigate(`/drills/${drill.id}/review`);
      }
    }
  };
  const actions = {
    nextMark: (at: number) => void run({ kind: 'mark', at }),
    skip: (at: number) => void run({ kind: 'skip', at }),
    undo: (at: number) => void run({ kind: 'undo', at }),
    note: (at: number) => {
      openDialog('note', at);
    },
    pause: (at: number) => {
      if (state.status === 'paused') void run({ kind: 'resume', at });
      else if (state.status === 'running') openDialog('pause', at);
    },
  };
  useRunShortcuts({
    ...actions,
    presenter: () => void navigate(`/drills/${drill.id}/present`),
  });
  const phase = currentPhase(state);
  const paused = totalPaused(state, now);
  return (
    <>
      <PageHeader
        title={`Run: ${drill.title}`}
        description={`${drill.scenarioName} · ${drill.severity} · planned for ${drill.plannedFor}`}
        actions={
          <>
            <Link className="button" to={`/drills/${drill.id}/present`}>
              Presenter view
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
          <p className="total-clock" data-testid="total-clock" aria-live="off">
            {formatClock(totalElapsed(state, now))}
          </p>
        </div>
        <dl className="run-facts">
          <dt>Status</dt>
          <dd data-testid="run-status">{RUN_STATUS_LABELS[state.status]}</dd>
          <dt>Current phase</dt>
          <dd>{phase === null ? '—' : PHASE_LABELS[phase]}</dd>
          <dt>Next mark</dt>
          <dd>{upcoming === null ? '—' : MARK_LABELS[upcoming]}</dd>
          <dt>Paused so far</dt>
          <dd>{paused > 0 ? formatDurationInWords(paused) : 'not paused'}</dd>
        </dl>
        {state.status === 'paused' && (
          <p className="message">Paused: {state.pauses.at(-1)?.reason}. The clocks are stopped.</p>
        )}
        {state.abort !== null && <p className="message error">Aborted: {state.abort.reason}</p>}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </section>
      <ol className="phase-grid" aria-label="Phases">
        {clocks.map((clock) => (
          <PhaseCard key={clock.phase} clock={clock} paused={state.status === 'paused'} />
        ))}
      </ol>
      <RunControls
        drill={drill}
        state={state}
        actions={actions}
        onAbort={(at) => {
          openDialog('abort', at);
        }}
        onCorrect={(at) => {
          openDialog('correct', at);
        }}
      />
      <div className="two-column">
        <SideEventForm drill={drill} state={state} run={run} />
        <ShortcutLegend />
      </div>
      <Timeline drill={drill} state={state} title="Run log" />
      <RunDialogs drill={drill} state={state} send={send} />
    </>
  );
}

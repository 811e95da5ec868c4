// The presenter's ticking pieces: the running phase's big clock and the strip of every phase. As on
// the run screen (RunClocks.tsx, whose phase list both use), each subscribes to the time itself,
// so a tick repaints only these.
import { memo } from 'react';
import type { PhaseClock } from '../../domain/drills/clock';
import { formatClock, formatDuration } from '../../domain/dates/durations';
import type { RunState } from '../../domain/drills/run-state';
import type { PhaseTargets } from '../../domain/records/drills';
import { PHASE_LABELS, PHASE_STATUS_LABELS, TARGET_LABELS } from '../../domain/words/drills';
import { presenterHero, type PresenterTone } from './presenter-view';
import { LivePhaseList, useRunNow } from './RunClocks';

/** A shape for each tone, so the standing reads without colour (and from the back of the room). */
const TONE_ICON: Readonly<Record<PresenterTone, string>> = {
  'on-target': '✓',
  near: '▲',
  over: '⚠',
  untimed: '',
};

/** The running phase's clock, as large as the screen allows, with its standing in words. */
export const PresenterHero = memo(function PresenterHero({
  state,
  targets,
}: {
  readonly state: RunState;
  readonly targets: PhaseTargets;
}) {
  const now = useRunNow(state);
  const hero = presenterHero(state, targets, now);
  return (
    <section
      className={`presenter-hero tone-${hero.tone}`}
      aria-labelledby="presenter-hero-title"
      data-testid="presenter-hero"
    >
      <h2 id="presenter-hero-title" className="presenter-hero-title">
        {hero.title}
      </h2>
      {hero.detail !== null && <p className="presenter-hero-detail">{hero.detail}</p>}
      <p className="presenter-hero-clock" data-testid="presenter-phase-clock" aria-live="off">
        {hero.clock}
      </p>
      <p className="presenter-standing" data-testid="presenter-standing">
        {TONE_ICON[hero.tone] !== '' && (
          <span className="presenter-standing-icon" aria-hidden="true">
            {TONE_ICON[hero.tone]}
          </span>
        )}
        {hero.standing}
      </p>
    </section>
  );
});

/** One phase in the presenter's strip: its time, and its standing and target in one line. */
function PresenterPhase({ clock }: { readonly clock: PhaseClock }) {
  return (
    <li
      className={`phase-${clock.status} target-${clock.target ?? 'none'}`}
      aria-current={clock.status === 'active' ? 'step' : undefined}
    >
      <span className="presenter-phase-name">{PHASE_LABELS[clock.phase]}</span>
      <span className="presenter-phase-time">
        {clock.status === 'skipped' ? 'skipped' : formatDuration(clock.elapsedMs)}
      </span>
      <span className="presenter-phase-target">
        {clock.target === null ? PHASE_STATUS_LABELS[clock.status] : TARGET_LABELS[clock.target]} ·
        target {formatClock(clock.targetMinutes * 60_000)}
      </span>
    </li>
  );
}

/** Every phase, small, beside the big clock: what is done, skipped, running and still to come. */
export const PresenterPhases = memo(function PresenterPhases({
  state,
  targets,
}: {
  readonly state: RunState;
  readonly targets: PhaseTargets;
}) {
  return (
    <LivePhaseList
      state={state}
      targets={targets}
      className="presenter-phases"
      Face={PresenterPhase}
    />
  );
});

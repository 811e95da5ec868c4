import { useCallback, useEffect, useState } from 'react';
import '../../styles/presenter.css';
import { useParams, useSearchParams } from 'react-router';
import { Toasts } from '../../components/Toasts';
import { EMPTY_RUN, nextMark } from '../../domain/drills/run-state';
import { MARK_LABELS } from '../../domain/words/drills';
import { ThemeSync } from '../../session/ThemeSync';
import { DueInjectsSlot } from './DueInjectsSlot';
import { eventEpochMs } from './event-time';
import { PresenterHero, PresenterPhases } from './PresenterClocks';
import { isLive, TotalClock } from './RunClocks';
import { keyHint, runAction } from './run-actions';
import { RunDialogs } from './RunDialogs';
import { DueInjects } from './DueInjects';
import { useDrill } from './use-drill';
import { useKeepDisplayAwake } from './use-keep-display-awake';
import { INJECTS_KEY, usePresenterKeys } from './use-presenter-keys';
import { useRunActions } from './use-run-actions';
import { useTransientText } from './use-transient-text';
import { PRESENTER_WINDOW_PARAM } from '@shared/presenter-request';

/**
 * Closes the presenter's own window. A browser closes only a window a script opened: opened any
 * other way (a bookmark), the view turns into the run screen instead, as in the app window.
 */
function closeOwnWindow(): void {
  window.close();
  window.setTimeout(() => {
    if (!window.closed)
      window.location.hash = window.location.hash.replace(/\/present\?.*$/u, '/run');
  }, 100);
}

/**
 * Clocks for a projector: the running phase's clock dominates, its standing against the target in
 * words and shape as well as colour. Every key of the run screen works here too, with the same
 * dialogs, and refusals show as toasts; a letter that does nothing says so. Opened in a window of
 * its own (the run screen's "Presenter window"), Escape and F close that window. It reads the
 * database live, so it follows marks made in another window.
 */
export function PresenterPage() {
  const { drillId = '' } = useParams();
  const [params] = useSearchParams();
  const ownWindow = params.get(PRESENTER_WINDOW_PARAM) !== null;
  const data = useDrill(drillId);
  // Keys work from the first frame, as on the run screen: the stored run decides what they do.
  const { perform, send, announcement, notice } = useRunActions(
    drillId,
    data?.state ?? EMPTY_RUN,
    'presenter',
    data?.drill.plannedFor,
  );
  const [injectsShown, setInjectsShown] = useState(true);
  const [hasInjects, setHasInjects] = useState(false);
  const [keyNotice, say] = useTransientText();
  const onInjects = useCallback((has: boolean) => {
    setHasInjects(has);
  }, []);
  usePresenterKeys({
    toggleInjects: () => {
      if (!hasInjects) {
        say('No injects are due, so there is nothing to show or hide.');
        return;
      }
      say(injectsShown ? 'Injects hidden.' : 'Injects shown.');
      setInjectsShown(!injectsShown);
    },
    unbound: say,
    closeWindow: ownWindow ? closeOwnWindow : null,
  });
  useKeepDisplayAwake(data !== undefined && data !== null && isLive(data.state));
  useEffect(() => {
    document.title = 'Presenter · MTTR Studio';
  }, []);
  if (data === undefined || data === null) {
    return <main className="presenter">{data === null ? 'No such drill.' : 'Opening…'}</main>;
  }
  const { drill, state } = data;
  const upcoming = nextMark(state);
  const leave = runAction('leave');
  return (
    <main className="presenter" aria-label="Presenter view">
      <ThemeSync />
      <header className="presenter-header">
        <h1>{drill.title}</h1>
        <p className="presenter-total">
          <span>Total</span>
          <TotalClock state={state} className="presenter-total-clock" testId="presenter-total" />
        </p>
        <button
          type="button"
          className="button"
          onClick={(event) => {
            if (ownWindow) closeOwnWindow();
            else perform('leave', eventEpochMs(event));
          }}
        >
          {ownWindow ? 'Close presenter window' : leave.label(state)} <kbd>{keyHint(leave)}</kbd>
        </button>
      </header>
      <div className="presenter-body">
        <PresenterHero state={state} targets={drill.targets} />
        <DueInjectsSlot shown={injectsShown && hasInjects} onContent={onInjects}>
          {/* Nothing to show or hide for a drill without injects: the slot stays empty. */}
          {drill.kit.injects.length > 0 && <DueInjects drill={drill} state={state} />}
        </DueInjectsSlot>
      </div>
      <PresenterPhases state={state} targets={drill.targets} />
      <p className="presenter-next">
        {upcoming === null
          ? ''
          : upcoming === 'start'
            ? `Press ${keyHint(runAction('start')) ?? ''} to start: inject the fault`
            : `Next mark: ${MARK_LABELS[upcoming]} (${keyHint(runAction('next')) ?? ''})`}
        {hasInjects && (
          <span>
            {' '}
            · <kbd>{INJECTS_KEY.toUpperCase()}</kbd> {injectsShown ? 'hide' : 'show'} injects
          </span>
        )}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="presenter-notice" role="status" data-testid="run-notice">
        {notice === '' ? keyNotice : notice}
      </p>
      <RunDialogs drill={drill} state={state} send={send} />
      <Toasts />
    </main>
  );
}

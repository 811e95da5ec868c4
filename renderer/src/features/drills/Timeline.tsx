import type { DrillKit, DrillRecord } from '../../domain/records/drills';
import { describeKitEvent } from '../../domain/words/drill-kit';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import { NOTE_KIND_LABELS, SIDE_EVENT_LABELS, MARK_LABELS } from '../../domain/words/drills';
import { formatOffset } from '../../domain/dates/durations';
import { boundaryOf, type RunState } from '../../domain/drills/run-state';
import { supersededBy } from '../../domain/drills/superseded';
import { formatInstantTime } from '../../domain/dates/format';
import { SCREEN_READER } from '../../platform/reader';

const timeOfDay = (at: number) => formatInstantTime(at, SCREEN_READER);

/** What one event says, in words. Corrections keep the value they replaced. */
function describe(event: DrillEventRecord, start: number | undefined, kit: DrillKit): string {
  switch (event.kind) {
    case 'mark':
      return MARK_LABELS[event.mark];
    case 'skip':
      return `${MARK_LABELS[event.mark]}: phase skipped`;
    case 'undo':
      return `Undo: ${MARK_LABELS[event.mark]} taken back`;
    case 'correct':
      return `Correction: ${MARK_LABELS[event.mark]} moved from ${formatOffset(event.from, start)} (${timeOfDay(event.from)}) to ${formatOffset(event.to, start)} (${timeOfDay(event.to)})${event.reason === '' ? '' : ` — ${event.reason}`}`;
    case 'pause':
      return `Paused: ${event.reason}`;
    case 'resume':
      return 'Resumed';
    case 'abort':
      return `Aborted: ${event.reason}`;
    case 'side':
      return `${SIDE_EVENT_LABELS[event.side]}${event.detail === '' ? '' : `: ${event.detail}`}`;
    case 'note':
      return `${NOTE_KIND_LABELS[event.noteKind]} note: ${event.text}`;
    case 'go':
    case 'inject':
    case 'hint':
    case 'tick':
      return describeKitEvent(event, kit);
  }
}

/** Every event in the order it was recorded, undone marks included and labelled. */
export function Timeline({
  drill,
  state,
  title,
}: {
  readonly drill: DrillRecord;
  readonly state: RunState;
  readonly title: string;
}) {
  const start = boundaryOf(state, 'start')?.at;
  const live = new Set(state.boundaries.map((b) => b.seq));
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{title}</h2>
      {state.events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {state.events.map((event) => {
            const undone = (event.kind === 'mark' || event.kind === 'skip') && !live.has(event.seq);
            const replacedBy = supersededBy(event, state);
            const time = `${formatOffset(event.at, start) || '—'} · ${timeOfDay(event.at)}`;
            return (
              <li key={event.id} className={`timeline-${event.kind}${undone ? ' undone' : ''}`}>
                <span className="timeline-time">{replacedBy === null ? time : <s>{time}</s>}</span>
                <span>
                  {describe(event, start, drill.kit)}
                  {undone && ' (undone)'}
                  {replacedBy !== null &&
                    ` (superseded: replaced by the correction to ${formatOffset(replacedBy, start)} (${timeOfDay(replacedBy)}))`}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

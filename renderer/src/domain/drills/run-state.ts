// A drill run is derived, never stored: `deriveRun` folds the drill's append-only events (in seq
// order) into the state the screens and measures read. Events were validated when they were
// written (see commands.ts); the fold is still total, so an odd event in imported data is ignored
// instead of breaking the drill.
import type { EpochMs } from '../records/common';
import { type DrillMarkId, MARKS } from '../records/drills';
import type { DrillEventRecord, NoteKind, SideEventKind } from '../records/drill-events';

export interface Correction {
  readonly seq: number;
  readonly from: EpochMs;
  readonly to: EpochMs;
  readonly reason: string;
  readonly recordedAt: EpochMs;
}

/** Where one phase ended and the next began: a recorded mark, or the point a phase was skipped. */
export interface Boundary {
  readonly mark: DrillMarkId;
  readonly at: EpochMs;
  readonly skipped: boolean;
  readonly seq: number;
  /** The time first recorded; `at` differs from it once corrected. */
  readonly original: EpochMs;
  readonly corrections: readonly Correction[];
}

export interface Pause {
  readonly start: EpochMs;
  /** null while the drill is still paused. */
  readonly end: EpochMs | null;
  readonly reason: string;
}

export interface SideEntry {
  readonly seq: number;
  readonly at: EpochMs;
  readonly side: SideEventKind;
  readonly detail: string;
}

export interface NoteEntry {
  readonly seq: number;
  readonly at: EpochMs;
  readonly noteKind: NoteKind;
  readonly text: string;
}

export const RUN_STATUSES = ['not-started', 'running', 'paused', 'closed', 'aborted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface RunState {
  readonly status: RunStatus;
  /** In mark order: boundaries[i].mark is MARKS[i]. */
  readonly boundaries: readonly Boundary[];
  readonly pauses: readonly Pause[];
  readonly sides: readonly SideEntry[];
  readonly notes: readonly NoteEntry[];
  readonly abort: { readonly at: EpochMs; readonly reason: string } | null;
  /** Every event, undone ones included: the timeline shows what happened, in order. */
  readonly events: readonly DrillEventRecord[];
  /** -1 before the first event. */
  readonly lastSeq: number;
}

interface Draft {
  boundaries: Boundary[];
  pauses: Pause[];
  sides: SideEntry[];
  notes: NoteEntry[];
  abort: RunState['abort'];
}

export const EMPTY_RUN: RunState = deriveRun([]);

export function deriveRun(events: readonly DrillEventRecord[]): RunState {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const draft: Draft = { boundaries: [], pauses: [], sides: [], notes: [], abort: null };
  for (const event of ordered) apply(draft, event);
  return {
    ...draft,
    status: statusOf(draft),
    events: ordered,
    lastSeq: ordered.at(-1)?.seq ?? -1,
  };
}

function statusOf(draft: Draft): RunStatus {
  if (draft.abort !== null) return 'aborted';
  const last = draft.boundaries.at(-1);
  if (last === undefined) return 'not-started';
  if (last.mark === 'closed') return 'closed';
  return draft.pauses.at(-1)?.end === null ? 'paused' : 'running';
}

function apply(draft: Draft, event: DrillEventRecord): void {
  switch (event.kind) {
    case 'mark':
    case 'skip':
      if (event.mark === MARKS[draft.boundaries.length]) {
        draft.boundaries.push({
          mark: event.mark,
          at: event.at,
          skipped: event.kind === 'skip',
          seq: event.seq,
          original: event.at,
          corrections: [],
        });
      }
      return;
    case 'correct':
      correct(draft, event);
      return;
    case 'undo':
      if (draft.boundaries.at(-1)?.mark === event.mark) draft.boundaries.pop();
      return;
    case 'pause':
      if (draft.pauses.at(-1)?.end !== null) {
        draft.pauses.push({ start: event.at, end: null, reason: event.reason });
      }
      return;
    case 'resume':
      closeOpenPause(draft, event.at);
      return;
    case 'abort':
      closeOpenPause(draft, event.at);
      draft.abort = { at: event.at, reason: event.reason };
      return;
    case 'side':
      draft.sides.push({ seq: event.seq, at: event.at, side: event.side, detail: event.detail });
      return;
    case 'note':
      draft.notes.push({
        seq: event.seq,
        at: event.at,
        noteKind: event.noteKind,
        text: event.text,
      });
      return;
  }
}

function correct(draft: Draft, event: Extract<DrillEventRecord, { kind: 'correct' }>): void {
  const index = draft.boundaries.findIndex((b) => b.mark === event.mark && !b.skipped);
  const boundary = draft.boundaries[index];
  if (boundary === undefined) return;
  draft.boundaries[index] = {
    ...boundary,
    at: event.to,
    corrections: [
      ...boundary.corrections,
      {
        seq: event.seq,
        from: boundary.at,
        to: event.to,
        reason: event.reason,
        recordedAt: event.recordedAt,
      },
    ],
  };
}

function closeOpenPause(draft: Draft, at: EpochMs): void {
  const last = draft.pauses.at(-1);
  if (last?.end === null)
    draft.pauses[draft.pauses.length - 1] = { ...last, end: Math.max(at, last.start) };
}

/** The boundary of a mark, if the run has reached it. */
export function boundaryOf(state: RunState, mark: DrillMarkId): Boundary | undefined {
  return state.boundaries.find((b) => b.mark === mark);
}

/** The mark the facilitator records next, or null once closed or aborted. */
export function nextMark(state: RunState): DrillMarkId | null {
  if (state.status === 'closed' || state.status === 'aborted') return null;
  return MARKS[state.boundaries.length] ?? null;
}

// The drill report's timeline: every recorded event in the order it was recorded, with the time of
// day it happened and the time elapsed since the fault was injected. Times of day print on a fixed
// 24-hour clock in the facilitator's local time zone (the offset is an argument, so the text does
// not depend on the machine that prints it, only on the zone it is given).
import type { EpochMs, IsoDate } from '../records/common';
import type { DrillEventRecord } from '../records/drill-events';
import { EMPTY_DRILL_KIT, type DrillKit } from '../records/drills';
import { describeKitEvent } from '../words/drill-kit';
import { localIsoDate } from '../dates/iso-date';
import {
  formatInstantTime,
  formatUtcOffset,
  reportReader,
  type ZoneOffsetAt,
} from '../dates/format';
import {
  DRILL_EVENT_KIND_LABELS,
  MARK_LABELS,
  NOTE_KIND_LABELS,
  PHASE_LABELS,
  SIDE_EVENT_LABELS,
} from '../words/drills';
import { formatDurationInWords, formatOffset, roundedInstant } from '../dates/durations';
import { supersededBy } from '../drills/superseded';
import { phaseEndedBy } from '../drills/phases';
import { boundaryOf, type RunState } from '../drills/run-state';

export interface TimelineRow {
  readonly key: string;
  /** "+4:12" from the fault's injection. */
  readonly elapsed: string;
  /** "14:04:12", 24-hour local time. */
  readonly timeOfDay: string;
  readonly kind: string;
  readonly text: string;
  /** A mark or skip that a later undo took back. */
  readonly undone: boolean;
  /** A time a later correction replaced (the text says by which time). */
  readonly superseded: boolean;
}

/** "14:04:12": the time of day on the report's fixed 24-hour clock, in the zone it is given. */
export function formatTimeOfDay(at: EpochMs, zoneOffsetAt: ZoneOffsetAt): string {
  return formatInstantTime(at, reportReader(zoneOffsetAt));
}

/** The calendar date of an instant in the given zone. */
export function localDay(at: EpochMs, zoneOffsetAt: ZoneOffsetAt): IsoDate {
  return localIsoDate(at, zoneOffsetAt(at));
}

interface Clock {
  readonly start: EpochMs | undefined;
  readonly zoneOffsetAt: ZoneOffsetAt;
}

/** "+3:00 (14:03:00)": a point of the run, both ways. */
function point(at: EpochMs, clock: Clock): string {
  return `${formatOffset(at, clock.start)} (${formatTimeOfDay(at, clock.zoneOffsetAt)})`;
}

function describe(event: DrillEventRecord, state: RunState, clock: Clock, kit: DrillKit): string {
  switch (event.kind) {
    case 'mark':
      return MARK_LABELS[event.mark];
    case 'skip': {
      const phase = phaseEndedBy(event.mark);
      const name = phase === null ? MARK_LABELS[event.mark] : PHASE_LABELS[phase];
      return `${name} phase skipped (no ${MARK_LABELS[event.mark]} mark)`;
    }
    case 'undo':
      return `${MARK_LABELS[event.mark]} taken back`;
    case 'correct':
      return `${MARK_LABELS[event.mark]} moved from ${point(event.from, clock)} to ${point(event.to, clock)}${event.reason === '' ? '' : `. Reason: ${event.reason}`}`;
    case 'pause': {
      const pause = state.pauses.find((p) => p.start === event.at);
      // Both ends rounded from the start, as the elapsed column and the phases are.
      const round = (at: EpochMs) =>
        clock.start === undefined ? at : roundedInstant(at, clock.start);
      const length =
        pause?.end === null || pause?.end === undefined
          ? ''
          : ` for ${formatDurationInWords(round(pause.end) - round(pause.start))}`;
      return `Paused${length}: ${event.reason}`;
    }
    case 'resume':
      return 'Resumed';
    case 'abort':
      return `Aborted: ${event.reason}`;
    case 'side':
      return `${SIDE_EVENT_LABELS[event.side]}${event.detail === '' ? '' : `: ${event.detail}`}`;
    case 'note':
      return `${NOTE_KIND_LABELS[event.noteKind]}: ${event.text}`;
    case 'go':
    case 'inject':
    case 'hint':
    case 'tick':
      return describeKitEvent(event, kit);
  }
}

/** Every event in recording order (as the drill screen lists them), undone marks included. */
export function timelineRows(
  state: RunState,
  zoneOffsetAt: ZoneOffsetAt,
  kit: DrillKit = EMPTY_DRILL_KIT,
): readonly TimelineRow[] {
  const clock: Clock = { start: boundaryOf(state, 'start')?.at, zoneOffsetAt };
  const live = new Set(state.boundaries.map((b) => b.seq));
  return state.events.map((event) => {
    const undone = (event.kind === 'mark' || event.kind === 'skip') && !live.has(event.seq);
    const replacedBy = supersededBy(event, state);
    const superseded =
      replacedBy === null
        ? ''
        : ` (superseded: replaced by the correction to ${point(replacedBy, clock)})`;
    return {
      key: event.id,
      elapsed: formatOffset(event.at, clock.start) || '—',
      timeOfDay: formatTimeOfDay(event.at, zoneOffsetAt),
      kind: DRILL_EVENT_KIND_LABELS[event.kind],
      text: `${describe(event, state, clock, kit)}${undone ? ' (undone)' : ''}${superseded}`,
      undone,
      superseded: replacedBy !== null,
    };
  });
}

/** What the timeline's columns mean, including the zone its times are in. */
export function timelineNote(state: RunState, zoneOffsetAt: ZoneOffsetAt): string {
  const start = boundaryOf(state, 'start')?.at ?? state.events[0]?.at;
  const zone = start === undefined ? '' : ` (${formatUtcOffset(-zoneOffsetAt(start))})`;
  return `Every event in the order it was recorded. Times of day are on a 24-hour clock in local time${zone}; elapsed time counts from the fault's injection, paused time included. A correction keeps the time it replaced, marked as superseded; an undone mark stays listed.`;
}

// How durations read, on screens, in reports and in the CSV: a stopwatch face (m:ss, or h:mm:ss
// past an hour), words for summaries and screen readers, a time relative to a run's start
// ("+4:12", which needs no time zone) and minutes as figures. A duration reads the same for every
// reader, so nothing here takes a locale. A missing duration is a dash (or an empty cell), never
// 0:00: a skipped phase has no duration, not a zero one.
//
// One rounding rule everywhere: a duration is shown in whole seconds, rounded half up (14.995 s
// reads "15 s", 14.4 s reads "14 s"). Cutting, as a stopwatch does, would show every duration up to
// a second short and make a pause of 14.995 s read "14 s". Rounding each figure on its own is still
// not enough where figures are read together (a phase against the timeline, the parts of a run
// against its total): round(a) − round(b) can differ from round(a − b) by a second. So those
// figures are computed from instants that were first rounded to the shown unit from the run's
// start (`roundedInstant`, used by the drill's shown run), and then every shown part is a whole
// number of seconds that adds up exactly.
import type { EpochMs } from '../records/common';

const MINUTE_MS = 60_000;

/** Durations are shown to the whole second. */
export const SHOWN_UNIT_MS = 1000;

/** A duration rounded half up to the shown unit: 14_995 → 15_000, 14_499 → 14_000. */
export function roundToShownUnit(ms: number): number {
  return Math.floor(ms / SHOWN_UNIT_MS + 0.5) * SHOWN_UNIT_MS;
}

/** An instant moved to the whole shown unit from `origin` (a run's start), by the same rule. */
export function roundedInstant(at: EpochMs, origin: EpochMs): EpochMs {
  return origin + roundToShownUnit(at - origin);
}

function parts(ms: number): { hours: number; minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, roundToShownUnit(ms)) / SHOWN_UNIT_MS;
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** "4:12", "1:02:03": the stopwatch face. Below zero reads as 0:00. */
export function formatClock(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

/** The stopwatch face, or "—" for a duration that does not exist. */
export function formatDuration(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : formatClock(ms);
}

/** "4 min 12 s", "1 h 0 min 5 s": for screen readers and summaries. */
export function formatDurationInWords(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  return [
    hours > 0 ? `${hours} h` : '',
    hours > 0 || minutes > 0 ? `${minutes} min` : '',
    `${seconds} s`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "+1 min 30 s", "−45 s": a change in a duration; "—" when there is none to tell. */
export function formatDurationChangeInWords(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return `${ms < 0 ? '−' : '+'}${formatDurationInWords(Math.abs(ms))}`;
}

/** "+4:12" from the start of a run ("−0:30" before it); empty when the run has not started. */
export function formatOffset(at: EpochMs, start: EpochMs | undefined): string {
  if (start === undefined) return '';
  // Rounded as an instant from the start, so it agrees with the shown run's phases.
  const offset = roundToShownUnit(at - start);
  return `${offset < 0 ? '−' : '+'}${formatClock(Math.abs(offset))}`;
}

/** "12.3": minutes with one decimal, where the unit is said beside it; "—" for no value. */
export function formatMinutes(minutes: number | undefined): string {
  return minutes === undefined ? '—' : minutes.toFixed(1);
}

/** "12.3 min"; "—" for no value. */
export function formatMinutesText(minutes: number | undefined): string {
  return minutes === undefined ? '—' : `${minutes.toFixed(1)} min`;
}

/** "12 min" in whole minutes for a short label; "< 1 min" below one, which would read "0 min". */
export function formatWholeMinutes(minutes: number): string {
  return minutes < 1 ? '< 1 min' : `${String(Math.round(minutes))} min`;
}

/** "−1.5", "2.0": a difference in minutes, with a typographic minus. */
export function formatSignedMinutes(minutes: number): string {
  return formatMinutes(minutes).replace('-', '−');
}

/**
 * "3.00": a duration as minutes with two decimals, the unit a spreadsheet user sums and charts;
 * an empty cell when the duration does not exist.
 */
export function formatDurationMinutesCell(ms: number | undefined): string {
  return ms === undefined ? '' : (ms / MINUTE_MS).toFixed(2);
}

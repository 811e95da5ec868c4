// How durations read, on screens, in reports and in the CSV: a stopwatch face (m:ss, or h:mm:ss
// past an hour), words for summaries and screen readers, a time relative to a run's start
// ("+4:12", which needs no time zone) and minutes as figures. A duration reads the same for every
// reader, so nothing here takes a locale. A missing duration is a dash (or an empty cell), never
// 0:00: a skipped phase has no duration, not a zero one.
import type { EpochMs } from '../records/common';

const MINUTE_MS = 60_000;

function parts(ms: number): { hours: number; minutes: number; seconds: number } {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
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
  const sign = at < start ? '−' : '+';
  return `${sign}${formatClock(Math.abs(at - start))}`;
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

// How durations read on screen: a stopwatch face (m:ss, or h:mm:ss past an hour). Negative or
// missing values never reach the face: a missing duration is a dash, not 0:00.
import type { EpochMs } from '../records/common';

export function formatClock(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

export function formatDuration(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : formatClock(ms);
}

/** Words for a duration, for screen readers and summaries: "4 min 12 s". */
export function durationInWords(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours > 0 ? `${hours} h` : '',
    hours > 0 || minutes > 0 ? `${minutes} min` : '',
    `${seconds} s`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** A time relative to the start of the run, "+4:12", which needs no time zone. */
export function formatOffset(at: EpochMs, start: EpochMs | undefined): string {
  if (start === undefined) return '';
  const sign = at < start ? '−' : '+';
  return `${sign}${formatClock(Math.abs(at - start))}`;
}

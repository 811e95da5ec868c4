// The corrected time a facilitator types, to the millisecond. Marks are recorded to the
// millisecond, so the field shows and takes milliseconds too: the time entered is the time stored,
// and editing only the seconds of a mark keeps the milliseconds it was recorded with.
import type { EpochMs } from '../../domain/records/common';
import { formatTimeFieldValue, type Zone } from '../../domain/dates/format';

/** "10:42:13.456": a time field's value with milliseconds (the field's step is 0.001 s). */
export function correctionFieldValue(at: EpochMs, zone: Zone): string {
  // A mark timed by its key press can carry a fraction of a millisecond; the field holds whole ms.
  const ms = Math.floor(((at % 1000) + 1000) % 1000);
  return `${formatTimeFieldValue(at, zone)}.${String(ms).padStart(3, '0')}`;
}

/**
 * "HH:MM", "HH:MM:SS" or "HH:MM:SS.mmm" on the local clock, on the same day as `near` (or the day
 * either side if closer); null when the text is not a time. Milliseconds the field leaves out are 0.
 */
export function timeNear(near: EpochMs, hhmmss: string): EpochMs | null {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/u.exec(hhmmss);
  if (match === null) return null;
  const date = new Date(near);
  const ms = Number((match[4] ?? '0').padEnd(3, '0'));
  date.setHours(Number(match[1]), Number(match[2]), Number(match[3] ?? 0), ms);
  const halfDay = 12 * 3600_000;
  let at = date.getTime();
  if (at - near > halfDay) at -= 2 * halfDay;
  if (near - at > halfDay) at += 2 * halfDay;
  return at;
}

// When starting a drill needs a second thought. Starting injects the fault and cannot be undone,
// so a start on any day but the planned one is asked about first, naming both days: a drill
// planned for Thursday and opened on Monday to look at it must not begin by one key press.
import { isIsoDate, type IsoDate } from '../dates/iso-date';

/** Why a start is asked about: before or after its planned day, or its plan has no real date. */
export type OffDayStart = 'early' | 'late' | 'unknown-day';

export interface StartConfirmation {
  readonly why: OffDayStart;
  readonly plannedFor: IsoDate;
  readonly today: IsoDate;
}

/** null when the drill may start at once: today is its planned day. */
export function startConfirmation(plannedFor: IsoDate, today: IsoDate): StartConfirmation | null {
  if (!isIsoDate(plannedFor) || !isIsoDate(today)) {
    return { why: 'unknown-day', plannedFor, today };
  }
  if (plannedFor === today) return null;
  // Real ISO dates sort as strings.
  return { why: today < plannedFor ? 'early' : 'late', plannedFor, today };
}

// The person reading the screens: their locale and their time zone, as the browser (or the desktop
// shell's renderer) reports them. Read here, once, and passed to domain/dates, whose functions
// never ask the browser themselves; how each kind of date reads is the policy written there.
import type { EpochMs } from '../domain/records/common';
import type { DateReader, ZoneOffsetAt } from '../domain/dates/format';
import { localIsoDate, type IsoDate } from '../domain/dates/iso-date';

/** This computer's offset from UTC at an instant, which daylight saving changes. */
export const localZoneOffsetAt: ZoneOffsetAt = (at) => new Date(at).getTimezoneOffset();

/** The user's locale and time zone, for times on screens. */
export const SCREEN_READER: DateReader = {
  locale: new Intl.DateTimeFormat().resolvedOptions().locale,
  zone: localZoneOffsetAt,
};

/** The date on the user's calendar at an instant (now, unless told). */
export function localToday(now: EpochMs = Date.now()): IsoDate {
  return localIsoDate(now, localZoneOffsetAt(now));
}

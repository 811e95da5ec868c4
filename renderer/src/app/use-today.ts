import { useState } from 'react';
import type { IsoDate } from '../domain/records/common';
import { localIsoDate } from '../domain/dates/iso-date';

/** Today's date on the user's calendar, read once when the component mounts. */
export function useToday(): IsoDate {
  const [today] = useState(() => localIsoDate(Date.now(), new Date().getTimezoneOffset()));
  return today;
}

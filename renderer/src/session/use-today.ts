import { useState } from 'react';
import type { IsoDate } from '../domain/records/common';
import { localToday } from '../platform/reader';

/** Today's date on the user's calendar, read once when the component mounts. */
export function useToday(): IsoDate {
  const [today] = useState(() => localToday());
  return today;
}

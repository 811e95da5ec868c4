// How the assessment report writes dates, levels and minutes. Fixed formats, independent of the
// reader's locale and time zone, so the same data always prints the same text. They match what the
// screens show ("14 Mar 2026", "2 · Managed", scores and minutes with one decimal).
import type { IsoDate } from '../records/common';
import { levelName, type MaturityModel } from '../maturity/model-types';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function utcOf(isoDate: IsoDate): number | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if ([year, month, day].some(Number.isNaN)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/** "14 Mar 2026" from `2026-03-14`. */
export function reportDate(isoDate: IsoDate): string {
  const utc = utcOf(isoDate);
  return utc === undefined ? isoDate : dateFormat.format(utc);
}

/** "Mar 2026": short enough under a chart axis. */
export function reportMonth(isoDate: IsoDate): string {
  const utc = utcOf(isoDate);
  return utc === undefined ? isoDate : monthFormat.format(utc);
}

/** "2 · Managed". */
export function levelText(model: MaturityModel, level: number): string {
  return `${level} · ${levelName(model, level)}`;
}

/** Minutes with one decimal, as the Trends screen shows them; a dash when there is no value. */
export function minutesText(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(1)} min`;
}

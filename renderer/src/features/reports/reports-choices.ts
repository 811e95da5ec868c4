// What the Reports screen offers to report on, and the checks on the trend report's own dates.
// Pure: plain records in, option lists and messages out, in a stable order (the same records
// always list the same way).
import type { ReportPeriod, ReportTarget } from '@shared/report-request';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { DrillRecord, DrillStatus } from '../../domain/records/drills';
import { isIsoDate } from '../../domain/dates/iso-date';
import { formatIsoDate } from '../../domain/dates/format';

/** [value, text] pairs, in display order, as SelectField takes them. */
export type Choice = readonly [string, string];

type AssessmentFields = Pick<AssessmentRecord, 'id' | 'status' | 'takenOn' | 'createdAt'>;
type DrillFields = Pick<DrillRecord, 'id' | 'status' | 'plannedFor' | 'createdAt' | 'title'>;

/** Newest first by date, then by when it was recorded, then by id so ties never swap. */
function newestFirst(
  a: { readonly date: string; readonly createdAt: number; readonly id: Id },
  b: { readonly date: string; readonly createdAt: number; readonly id: Id },
): number {
  return b.date.localeCompare(a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id);
}

/** Final assessments first (what leadership is shown), then drafts; each newest first. */
export function assessmentChoices(assessments: readonly AssessmentFields[]): Choice[] {
  const byDate = (a: AssessmentFields, b: AssessmentFields) =>
    newestFirst({ ...a, date: a.takenOn }, { ...b, date: b.takenOn });
  const finals = assessments.filter((a) => a.status === 'final').sort(byDate);
  const drafts = assessments.filter((a) => a.status === 'draft').sort(byDate);
  return [...finals, ...drafts].map((a) => [a.id, `${formatIsoDate(a.takenOn)} (${a.status})`]);
}

const RAN: ReadonlySet<DrillStatus> = new Set(['completed', 'aborted']);

/**
 * Drills that ran (completed or stopped early), newest first: the ones with a report to give. Only
 * a drill stopped early says so: most drills complete, and the longest built-in scenario's title
 * with its date and "completed" was wider than the select at 1024 pixels.
 */
export function drillChoices(drills: readonly DrillFields[]): Choice[] {
  return drills
    .filter((d) => RAN.has(d.status))
    .sort((a, b) => newestFirst({ ...a, date: a.plannedFor }, { ...b, date: b.plannedFor }))
    .map((d) => {
      const text = `${formatIsoDate(d.plannedFor)} · ${d.title}`;
      return [d.id, d.status === 'aborted' ? `${text} · aborted` : text];
    });
}

/** The value of the first choice, or of `wanted` when it is still one of them. */
export function chosen(choices: readonly Choice[], wanted: string | null): string | null {
  if (wanted !== null && choices.some(([value]) => value === wanted)) return wanted;
  return choices[0]?.[0] ?? null;
}

export interface PeriodErrors {
  readonly from?: string;
  readonly to?: string;
}

/** What is wrong with the dates of a custom period; empty when it can be reported on. */
export function customPeriodErrors(from: string, to: string): PeriodErrors {
  const fromError =
    from === ''
      ? 'Choose the first day of the period.'
      : isIsoDate(from)
        ? undefined
        : 'The first day is not a date: use the date picker or YYYY-MM-DD.';
  const toError =
    to === ''
      ? 'Choose the last day of the period.'
      : isIsoDate(to)
        ? undefined
        : 'The last day is not a date: use the date picker or YYYY-MM-DD.';
  const outOfOrder =
    fromError === undefined && toError === undefined && from > to
      ? `The last day must be on or after the first day (${formatIsoDate(from)}).`
      : undefined;
  return {
    ...(fromError === undefined ? {} : { from: fromError }),
    ...(toError === undefined && outOfOrder === undefined ? {} : { to: toError ?? outOfOrder }),
  };
}

/** The trend report's target, or null while its custom dates are not valid. */
export function trendTarget(
  teamId: Id,
  period: ReportPeriod,
  from: string,
  to: string,
): ReportTarget | null {
  if (period !== 'custom') return { kind: 'trend', teamId, period };
  const errors = customPeriodErrors(from, to);
  if (errors.from !== undefined || errors.to !== undefined) return null;
  return { kind: 'trend', teamId, period, from, to };
}

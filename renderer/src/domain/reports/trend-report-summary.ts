// Page 1 of the team trend report: median and p90 time to recover with their n, the number of
// drills measured, and the team's action items overdue on the day the report is generated.
import type { ActionItemRecord } from '../records/action-items';
import type { IsoDate } from '../records/common';
import type { PersonRecord } from '../records/people';
import { formatMinutes } from '../dates/durations';
import { SMALL_SAMPLE, SMALL_SAMPLE_TEXT } from '../stats/summary';
import { countOf } from '../text/plural';
import { overdueActionItems, type Headline, type OverdueSummary } from './executive-summary';
import type { TrendReport } from './trend-report';

export interface TrendPageOne {
  readonly headlines: readonly Headline[];
  readonly overdue: OverdueSummary;
}

export function trendPageOne(
  report: TrendReport,
  actionItems: readonly ActionItemRecord[],
  people: readonly PersonRecord[],
  today: IsoDate,
): TrendPageOne {
  const { summary } = report.view.series.timeToRecover;
  const reliability = summary.n < SMALL_SAMPLE ? ` · ${SMALL_SAMPLE_TEXT}` : '';
  const basis = `n = ${summary.n} drills with a recovery time${reliability}`;
  const headlines: Headline[] =
    report.view.completed === 0
      ? []
      : [
          {
            label: 'Median time to recover',
            value: `${formatMinutes(summary.median)} min`,
            detail: basis,
          },
          {
            label: 'p90 time to recover',
            value: `${formatMinutes(summary.p90)} min`,
            detail: basis,
          },
          {
            label: 'Drills measured',
            value: String(report.view.completed),
            detail:
              report.view.aborted === 0
                ? 'completed drills in the period'
                : `completed; ${countOf(report.view.aborted, 'aborted drill', 'aborted drills')} not measured`,
          },
        ];
  return { headlines, overdue: overdueActionItems(actionItems, people, today) };
}

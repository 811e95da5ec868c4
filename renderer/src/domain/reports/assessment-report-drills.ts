// The drill evidence of the assessment report: what the team's recorded drills say about recovery
// around the assessment. Policy, also printed: the completed drills of the 12 months up to the day
// the assessment is judged at (its date once final, today while it is a draft), measured exactly
// as the Trends screen measures them (same preparation, same quantiles, same small-sample limit).
import type { IsoDate } from '../records/common';
import { MEASURE_DEFINITIONS } from '../words/measures';
import { MINUTE_MS } from '../drills/phases';
import { PHASE_LABELS } from '../words/drills';
import { QUANTILE_NOTE, SMALL_SAMPLE, SMALL_SAMPLE_TEXT, type Summary } from '../stats/summary';
import { NO_FILTERS, inRange, resolvePeriod } from '../trends/filters';
import { formatRate, keyMeasures } from '../trends/key-measures';
import type { PreparedDrill } from '../trends/prepare';
import { measureSeries } from '../trends/series';
import { countOf } from '../text/plural';
import { formatMinutesText } from '../dates/durations';
import { formatIsoDate } from '../dates/format';
import type { Fact } from './fact';
import { PHASES } from '../records/drills';

export interface FigureRow {
  readonly label: string;
  readonly n: number;
  readonly median: string;
  readonly p90: string;
  /** "Fewer than 5 drills: not reliable" when n is under the limit, else null. */
  readonly flag: string | null;
}

export interface DrillRow {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  /** The scenario's name when the drill's title does not already say it, else null. */
  readonly scenario: string | null;
  readonly severity: string;
  readonly recovery: string;
}

export interface DrillEvidence {
  /** Which drills count, in words, with the dates. */
  readonly scope: string;
  readonly completed: number;
  /** "2 aborted drills in the same period are counted, never measured." or null. */
  readonly aborted: string | null;
  readonly recovery: FigureRow;
  readonly recoveryDefinition: string;
  /** Mean, shown beside the median and p90 only. */
  readonly recoveryMean: string;
  readonly smallSample: string | null;
  readonly phases: readonly FigureRow[];
  /** Runbook, automation and review rates as "k of n". */
  readonly rates: readonly Fact[];
  readonly drills: readonly DrillRow[];
  readonly method: string;
}

export function drillEvidence(
  prepared: readonly PreparedDrill[],
  judgedAt: IsoDate,
  isDraft: boolean,
): DrillEvidence {
  const range = resolvePeriod({ ...NO_FILTERS, period: '12m' }, judgedAt);
  const inPeriod = prepared.filter((drill) => inRange(drill.date, range));
  const completed = inPeriod
    .filter((drill) => drill.completed)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const aborted = inPeriod.length - completed.length;
  const key = keyMeasures(completed);
  const recovery = figureRow(MEASURE_DEFINITIONS.timeToRecover.label, key.timeToRecover);
  const upTo = isDraft ? 'today (the assessment is a draft)' : 'the assessment date';
  return {
    scope: `The team’s completed drills in the 12 months up to ${upTo}: ${formatIsoDate(range.from ?? judgedAt)} to ${formatIsoDate(judgedAt)}.`,
    completed: completed.length,
    aborted:
      aborted === 0
        ? null
        : `${countOf(aborted, 'aborted drill', 'aborted drills')} in the same period ${aborted === 1 ? 'is' : 'are'} counted here but never measured.`,
    recovery,
    recoveryDefinition: MEASURE_DEFINITIONS.timeToRecover.text,
    recoveryMean: formatMinutesText(key.timeToRecover.mean),
    smallSample:
      completed.length < SMALL_SAMPLE ? `${SMALL_SAMPLE_TEXT} (n = ${completed.length}).` : null,
    phases: PHASES.map((phase) =>
      figureRow(PHASE_LABELS[phase], measureSeries(completed, phase).summary),
    ),
    rates: [
      { label: 'Runbook used', value: formatRate(key.runbookUsage) },
      { label: 'Automation used', value: formatRate(key.automationCoverage) },
      { label: 'Review held', value: formatRate(key.reviewRate) },
    ],
    drills: completed.map((drill) => ({
      id: drill.id,
      date: formatIsoDate(drill.date),
      title: drill.title,
      scenario: drill.scenarioName === drill.title ? null : drill.scenarioName,
      severity: drill.severity,
      recovery: formatMinutesText(minutesOf(drill.measures.timeToRecover)),
    })),
    method: `${QUANTILE_NOTE} A skipped phase has no duration and is left out of that phase’s figures, never counted as zero.`,
  };
}

function figureRow(label: string, summary: Summary): FigureRow {
  return {
    label,
    n: summary.n,
    median: formatMinutesText(summary.median),
    p90: formatMinutesText(summary.p90),
    flag: summary.smallSample ? SMALL_SAMPLE_TEXT : null,
  };
}

function minutesOf(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : ms / MINUTE_MS;
}

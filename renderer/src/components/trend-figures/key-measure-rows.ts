// The standard's key measures as label, figure and meaning: one list that the Trends screen and the
// team trend report both lay out, so the two always say the same.
import { formatMinutes } from '../../domain/dates/durations';
import { MEASURE_DEFINITIONS } from '../../domain/words/measures';
import { PHASE_LABELS } from '../../domain/words/drills';
import type { Summary } from '../../domain/stats/summary';
import type { TrendsView } from '../../domain/trends/compute';
import { formatRate } from '../../domain/trends/key-measures';
import { PHASES } from '../../domain/records/drills';

export interface KeyMeasureRow {
  readonly label: string;
  readonly figure: string;
  readonly meaning: string;
}

/** "median 12.5 min · p90 30.0 min · mean 15.2 min · n = 9", or "no drills". */
export function summaryText(s: Summary): string {
  return s.n === 0
    ? 'no drills'
    : `median ${formatMinutes(s.median)} min · p90 ${formatMinutes(s.p90)} min · mean ${formatMinutes(s.mean)} min · n = ${s.n}`;
}

/** `phasesShownIn`: the part of the page that shows each phase on its own, e.g. "Over time". */
export function keyMeasureRows(view: TrendsView, phasesShownIn: string): KeyMeasureRow[] {
  const key = view.keyMeasures;
  const medians = PHASES.map(
    (p) => `${PHASE_LABELS[p]} ${formatMinutes(view.series[p].summary.median)}`,
  );
  return [
    {
      label: MEASURE_DEFINITIONS.timeToRecover.label,
      figure: summaryText(key.timeToRecover),
      meaning: MEASURE_DEFINITIONS.timeToRecover.text,
    },
    {
      label: 'Latency per phase',
      figure: `${medians.join(' · ')} (median minutes)`,
      meaning: `How long each phase takes, from the fault being injected to the drill being closed; see ${phasesShownIn} for each one.`,
    },
    {
      label: 'Runbook usage rate',
      figure: formatRate(key.runbookUsage),
      meaning: MEASURE_DEFINITIONS.runbookUsed.text,
    },
    {
      label: 'Recovery automation coverage',
      figure: formatRate(key.automationCoverage),
      meaning: MEASURE_DEFINITIONS.automationUsed.text,
    },
    {
      label: 'Review rate',
      figure: formatRate(key.reviewRate),
      meaning: MEASURE_DEFINITIONS.reviewHeld.text,
    },
    {
      label: MEASURE_DEFINITIONS.commsLatency.label,
      figure: `${summaryText(key.commsLatency)} (recorded in ${formatRate(key.commsRecorded)})`,
      meaning: MEASURE_DEFINITIONS.commsLatency.text,
    },
  ];
}

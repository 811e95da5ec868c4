import { QUANTILE_NOTE, SMALL_SAMPLE_TEXT } from '../../domain/stats/summary';
import { MEASURE_NOTE } from '../../domain/drills/measures';
import { ROLLING_WINDOW } from '../../domain/trends/series';
import { OVERALL_SENTENCE, SCORE_SENTENCE } from '../../domain/maturity/scoring-rule';

/** The rules behind every figure on the screen, in words. */
export function HowComputed() {
  return (
    <details className="trends-how">
      <summary>How figures are computed</summary>
      <HowComputedRules />
    </details>
  );
}

/** The rules as a plain list: the screen folds them away, the trend report prints them. */
export function HowComputedRules() {
  return (
    <ul>
      <li>
        Only completed drills have durations. Aborted drills are counted separately and never
        measured.
      </li>
      <li>{MEASURE_NOTE}</li>
      <li>{QUANTILE_NOTE}</li>
      <li>
        The line over time is a rolling median of each drill and the {ROLLING_WINDOW - 1} before it.
      </li>
      <li>
        {SMALL_SAMPLE_TEXT}: any figure for a group of fewer than 5 drills carries this warning.
      </li>
      <li>
        Two periods are compared with a percentile bootstrap of the difference in median recovery
        time (95 %, fixed seed). When the interval includes zero the data cannot tell the periods
        apart.
      </li>
      <li>
        Maturity scores come from final assessments only. {SCORE_SENTENCE} {OVERALL_SENTENCE}
      </li>
    </ul>
  );
}

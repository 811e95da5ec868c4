// How a heatmap cell reads, in text, so colour is never the only signal: the score on the level's
// scale, then the target with a mark saying whether the team is there ("2.4 ▲ target 3").
import { formatScore } from '../maturity/scoring';
import { countOf } from '../text/plural';
import type { PortfolioCell, RecoveryFigure } from './portfolio';
import { formatDurationInWords, formatDuration } from '../dates/durations';

export interface CellWords {
  /** "2.4", or "—" when not assessed. */
  readonly score: string;
  /** "▲ target 3", "✓ target 3", "no target". */
  readonly target: string;
  /** The whole cell for a screen reader or a table in a report. */
  readonly spoken: string;
}

export function cellWords(cell: PortfolioCell): CellWords {
  const score = cell.score === null ? '—' : formatScore(cell.score);
  let target = 'no target';
  let spokenTarget = 'no target set';
  if (cell.target !== null) {
    if (cell.gap === null) {
      target = `target ${cell.target}`;
      spokenTarget = `target level ${cell.target}`;
    } else if (cell.gap > 0) {
      target = `▲ target ${cell.target}`;
      spokenTarget = `${countOf(cell.gap, 'level', 'levels')} below target level ${cell.target}`;
    } else {
      target = `✓ target ${cell.target}`;
      spokenTarget = `target level ${cell.target} reached`;
    }
  }
  const spokenScore =
    cell.score === null || cell.level === null
      ? 'not assessed'
      : `level ${cell.level}, score ${score}`;
  return { score, target, spoken: `${spokenScore}; ${spokenTarget}` };
}

/** "12:30 (n = 4)", "— (n = 0)": a median is never shown without its n. */
export function recoveryWords(figure: RecoveryFigure): { text: string; spoken: string } {
  const n = `n = ${figure.n}`;
  if (figure.median === undefined) return { text: `— (${n})`, spoken: `none recorded` };
  return {
    text: `${formatDuration(figure.median)} (${n})`,
    spoken: `median ${formatDurationInWords(figure.median)} over ${countOf(figure.n, 'recovery', 'recoveries')}`,
  };
}

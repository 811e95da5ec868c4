import type { DrillRecord } from '../../domain/records/drills';
import { totalElapsed } from '../../domain/drills/clock';
import { shownRun } from '../../domain/drills/attribution';
import { measureFigure, MEASURE_DEFINITIONS, MEASURE_IDS } from '../../domain/words/measures';
import { formatDuration } from '../../domain/dates/durations';
import { MEASURE_NOTE, measureDrill } from '../../domain/drills/measures';
import type { RunState } from '../../domain/drills/run-state';
import { useNow } from './use-now';

/** Every measure with its definition beside the figure. */
export function MeasuresList({
  drill,
  state,
}: {
  readonly drill: DrillRecord;
  readonly state: RunState;
}) {
  const now = useNow(1000, state.status === 'running' || state.status === 'paused');
  // As the phases show it: instants rounded to the second from the start.
  const shown = shownRun(state);
  const measures = measureDrill(shown, drill.review, now);
  return (
    <section className="card" aria-labelledby="measures-heading">
      <h2 id="measures-heading">Measures</h2>
      <p className="muted">
        Total run time {formatDuration(totalElapsed(shown, now))}. {MEASURE_NOTE}
      </p>
      <dl className="measures">
        {MEASURE_IDS.map((id) => (
          <div key={id} className="measure">
            <dt>{MEASURE_DEFINITIONS[id].label}</dt>
            <dd className="measure-value" data-testid={`measure-${id}`}>
              {measureFigure(id, measures)}
            </dd>
            <dd className="measure-definition">{MEASURE_DEFINITIONS[id].text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// A drill's phases against their targets, and where every second of the run went: each phase, or
// the span a skip merged, then the paused time and the total they add up to. Figures come from
// the shown run (instants rounded to the second from the start), so the parts a reader adds up
// give the total exactly and agree with the timeline's offsets.
import type { DrillRecord } from '../../domain/records/drills';
import { phaseClocks } from '../../domain/drills/clock';
import { attributeRun, shownRun } from '../../domain/drills/attribution';
import { phaseClockLabel, phaseDurationText, phaseResultText } from '../../domain/words/measures';
import { runPartsSentence } from '../../domain/words/run-parts';
import { formatClock, roundedInstant } from '../../domain/dates/durations';
import { boundaryOf, type RunState } from '../../domain/drills/run-state';
import { MINUTE_MS } from '../../domain/drills/phases';
import { useNow } from './use-now';

export function PhaseTable({
  drill,
  state,
}: {
  readonly drill: DrillRecord;
  readonly state: RunState;
}) {
  const live = useNow(1000, state.status === 'running' || state.status === 'paused');
  const start = boundaryOf(state, 'start')?.at;
  const now = start === undefined ? live : roundedInstant(live, start);
  const shown = shownRun(state);
  const clocks = phaseClocks(shown, drill.targets, now);
  const attribution = attributeRun(shown, now);
  return (
    <section className="card" aria-labelledby="phases-heading">
      <h2 id="phases-heading">Phases against targets</h2>
      <table className="data" aria-describedby="phases-sum">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Duration</th>
            <th scope="col">Target</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {clocks.map((clock) => (
            <tr key={clock.phase}>
              <th scope="row">{phaseClockLabel(clock)}</th>
              <td>{phaseDurationText(clock)}</td>
              <td>{formatClock(clock.spanTargetMinutes * MINUTE_MS)}</td>
              <td>
                {clock.status === 'done' && clock.target !== null ? (
                  <span className={`target-badge ${clock.target}`}>{phaseResultText(clock)}</span>
                ) : (
                  phaseResultText(clock)
                )}
              </td>
            </tr>
          ))}
        </tbody>
        {start !== undefined && (
          <tfoot>
            <tr>
              <th scope="row">Paused</th>
              <td>{formatClock(attribution.pausedMs)}</td>
              <td colSpan={2}>Left out of every phase</td>
            </tr>
            <tr>
              <th scope="row">Total</th>
              <td data-testid="run-total">{formatClock(attribution.totalMs)}</td>
              <td colSpan={2}>Phases and pauses together</td>
            </tr>
          </tfoot>
        )}
      </table>
      {start !== undefined && (
        <p id="phases-sum" className="muted" data-testid="run-parts">
          {runPartsSentence(attribution, state.status)}
        </p>
      )}
    </section>
  );
}

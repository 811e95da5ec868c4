// Drills vs reality: per phase, the drills and the real incidents in the same filters side by side,
// the plain sentence, and the standard's key measures from both. With the source filter on
// incidents only, the drills' columns are left out and nothing is compared.
import { DEFAULT_RESAMPLES } from '../../domain/stats/bootstrap';
import { SMALL_SAMPLE } from '../../domain/stats/summary';
import type { RealityView } from '../../domain/reality/view';
import {
  incidentCountText,
  KEY_MEASURE_HEADERS,
  keyMeasureSideRows,
  REALITY_HEADERS,
  realityRows,
  type RealityTableRow,
} from '../../components/trend-figures/reality-rows';

export function RealitySection({
  reality,
  withDrills,
}: {
  readonly reality: RealityView;
  readonly withDrills: boolean;
}) {
  const heading = withDrills ? 'Drills vs reality' : 'Real incidents';
  return (
    <section className="trends-section" aria-labelledby="trends-reality">
      <h2 id="trends-reality">{heading}</h2>
      <p className="trends-definition">
        Imported incidents in the same team, period, service and severity as the drills, measured
        with the drills’ definitions: time to recover runs from detection to recovery, and each
        phase between the same two milestones. Only recovered incidents count; a time the tool did
        not record is left out of that figure’s n, never counted as 0.
        {withDrills &&
          ` The interval of the difference of medians (incidents − drills, minutes) comes from a bootstrap: both groups resampled ${DEFAULT_RESAMPLES.toLocaleString('en-GB')} times with a fixed seed, the middle 95 % kept; nothing is compared below ${SMALL_SAMPLE} in either group.`}
        {reality.scenarioIgnored &&
          ' The scenario filter narrows the drills only: incidents rehearse no scenario.'}
      </p>
      <p role="status">{incidentCountText(reality)} in these filters.</p>
      {reality.incidents === 0 ? (
        <p>
          No recovered incident in these filters. Import the team’s incidents from its incident tool
          to see how its drills compare with reality.
        </p>
      ) : (
        <>
          {withDrills && <p className="trends-sentence">{reality.comparison.sentence}</p>}
          <RealityTable
            caption={
              withDrills
                ? 'Drills and incidents per phase, in minutes'
                : 'Incidents per phase, in minutes'
            }
            headers={REALITY_HEADERS}
            rows={realityRows(reality)}
            withDrills={withDrills}
            withDifference={withDrills}
          />
          <h3>Key measures of the standard, from drills and incidents</h3>
          <RealityTable
            caption="Key measures, durations in minutes, rates as k of n"
            headers={KEY_MEASURE_HEADERS}
            rows={keyMeasureSideRows(reality.keyMeasures)}
            withDrills={withDrills}
            withDifference={false}
          />
        </>
      )}
    </section>
  );
}

function RealityTable({
  caption,
  headers,
  rows,
  withDrills,
  withDifference,
}: {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly RealityTableRow[];
  readonly withDrills: boolean;
  readonly withDifference: boolean;
}) {
  const [measure, drills, incidents, ...rest] = headers;
  const difference = withDifference ? rest[0] : undefined;
  const note = rest.at(-1);
  return (
    <div className="tc-table-wrap">
      <table className="trends-table reality-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{measure}</th>
            {withDrills && <th scope="col">{drills}</th>}
            <th scope="col">{incidents}</th>
            {difference !== undefined && <th scope="col">{difference}</th>}
            <th scope="col">{note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {withDrills && <td>{row.drills}</td>}
              <td>{row.incidents}</td>
              {difference !== undefined && <td>{row.difference}</td>}
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

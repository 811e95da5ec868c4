// Drills vs reality: per phase, the drills and the real incidents in the same filters side by side,
// the plain sentence, and the standard's key measures from both. With the source filter on
// incidents only, the drills' columns are left out and nothing is compared.
import { DEFAULT_RESAMPLES } from '../../domain/stats/bootstrap';
import { SMALL_SAMPLE } from '../../domain/stats/summary';
import type { RealityView } from '../../domain/reality/view';
import { Fragment } from 'react';
import {
  incidentCountText,
  keyMeasureSideRows,
  realityRows,
  type PhaseTableRow,
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
      {reality.resultsIgnored && (
        <p data-testid="reality-results-note">
          <strong>Not filtered by drill results:</strong> incidents have no hypothesis, detection
          answer or checklist, so every incident in the other filters is shown
          {withDrills ? ', beside only the drills with the results chosen above' : ''}.
        </p>
      )}
      {/* Incidents only: this count is the screen's, where the drills' count otherwise stands. */}
      <p className={withDrills ? undefined : 'trends-counts'} role="status">
        {incidentCountText(reality)} in these filters.
      </p>
      {reality.incidents === 0 ? (
        <p>
          No recovered incident in these filters. Import the team’s incidents from its incident tool
          to see how its drills compare with reality.
        </p>
      ) : (
        <>
          {withDrills && <p className="trends-sentence">{reality.comparison.sentence}</p>}
          <PhaseTable rows={realityRows(reality)} withDrills={withDrills} />
          <h3 className="reality-subheading">
            Key measures of the standard, from {withDrills ? 'drills and incidents' : 'incidents'}
          </h3>
          <KeyMeasureTable rows={keyMeasureSideRows(reality.keyMeasures)} withDrills={withDrills} />
        </>
      )}
    </section>
  );
}

/** Median, p90 and n of drills and incidents in columns of their own, under a group header. */
function PhaseTable({
  rows,
  withDrills,
}: {
  readonly rows: readonly PhaseTableRow[];
  readonly withDrills: boolean;
}) {
  const groups = withDrills ? (['Drills', 'Incidents'] as const) : (['Incidents'] as const);
  return (
    <div className="tc-table-wrap">
      <table className="trends-table reality-table">
        <caption>
          {withDrills ? 'Drills and incidents per phase' : 'Incidents per phase'}, in minutes
        </caption>
        <thead>
          <tr>
            <td />
            {groups.map((group) => (
              <th key={group} scope="colgroup" colSpan={3}>
                {group}
              </th>
            ))}
            {withDrills && <td />}
            <td />
          </tr>
          <tr>
            <th scope="col">Measure</th>
            {groups.map((group) => (
              <Fragment key={group}>
                <th scope="col" className="number">
                  Median
                </th>
                <th scope="col" className="number">
                  p90
                </th>
                <th scope="col" className="number">
                  n
                </th>
              </Fragment>
            ))}
            {withDrills && <th scope="col">Incidents − drills (95 % interval)</th>}
            <th scope="col">Incidents not recorded</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {(withDrills ? [row.drills, row.incidents] : [row.incidents]).map((cells, index) => (
                <Fragment key={index}>
                  <td className="number">{cells.median}</td>
                  <td className="number">{cells.p90}</td>
                  <td className="number">{cells.n}</td>
                </Fragment>
              ))}
              {withDrills && <td>{row.difference}</td>}
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KeyMeasureTable({
  rows,
  withDrills,
}: {
  readonly rows: readonly RealityTableRow[];
  readonly withDrills: boolean;
}) {
  return (
    <div className="tc-table-wrap">
      <table className="trends-table reality-table">
        <caption>Key measures: durations in minutes, rates as k of n</caption>
        <thead>
          <tr>
            <th scope="col">Key measure</th>
            {withDrills && <th scope="col">Drills</th>}
            <th scope="col">Incidents</th>
            <th scope="col">Incidents not recorded</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {withDrills && <td>{row.drills}</td>}
              <td>{row.incidents}</td>
              <td>{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

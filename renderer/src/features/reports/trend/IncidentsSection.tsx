// Real incidents in the team trend report: how many recovered incidents the period holds and from
// which tools, drills and incidents per phase side by side with the plain sentence, and the
// standard's key measures from both. The figures are the Trends screen's (reality/view), laid out
// as tables for paper.
import { DEFAULT_RESAMPLES } from '../../../domain/stats/bootstrap';
import { SMALL_SAMPLE } from '../../../domain/stats/summary';
import type { TrendReport } from '../../../domain/reports/trend-report';
import {
  incidentCountText,
  keyMeasureSideRows,
  realityRows,
} from '../../../components/trend-figures/reality-rows';
import { ReportSection } from '../ReportFrame';
import { ReportTable } from './ReportTable';

export function IncidentsSection({ report }: { readonly report: TrendReport }) {
  const { reality } = report.view;
  return (
    <ReportSection id="rt-incidents" title="Real incidents: drills vs reality">
      <p className="trends-definition">
        Incidents imported from the team&apos;s incident tools, in the same period, service and
        severity as the drills, measured with the drills&apos; definitions (time to recover runs
        from detection to recovery). Only recovered incidents count; a time the tool did not record
        is left out of that figure&apos;s n, never counted as 0. The interval of the difference of
        medians comes from a bootstrap ({DEFAULT_RESAMPLES.toLocaleString('en-GB')} resamples, fixed
        seed); nothing is compared below {SMALL_SAMPLE} in either group.
        {reality.scenarioIgnored && ' The scenario filter narrows the drills only.'}
        {reality.resultsIgnored &&
          ' Not filtered by drill results: incidents have no hypothesis, detection answer or checklist, so every incident in the other filters is counted, beside only the drills with the results chosen.'}
      </p>
      <p>{incidentCountText(reality)} in this period.</p>
      {reality.incidents === 0 ? (
        <p>No recovered incident was imported for this period: there is nothing to compare.</p>
      ) : (
        <>
          <p className="rt-sentence">{reality.comparison.sentence}</p>
          <ReportTable
            className="rt-reality"
            caption="Drills and incidents per phase, in minutes"
            columns={[
              { label: 'Measure' },
              { label: 'Drills median', numeric: true },
              { label: 'p90', numeric: true },
              { label: 'n', numeric: true },
              { label: 'Incidents median', numeric: true },
              { label: 'p90', numeric: true },
              { label: 'n', numeric: true },
              { label: 'Incidents − drills (95 % interval)' },
              { label: 'Incidents not recorded' },
            ]}
            rows={realityRows(reality).map((row) => ({
              key: row.label,
              header: row.label,
              cells: [
                row.drills.median,
                row.drills.p90,
                row.drills.n,
                row.incidents.median,
                row.incidents.p90,
                row.incidents.n,
                row.difference,
                row.note,
              ],
            }))}
          />
          <ReportTable
            className="rt-reality"
            caption="Key measures from drills and incidents: durations in minutes, rates as k of n"
            columns={[
              { label: 'Key measure' },
              { label: 'Drills' },
              { label: 'Incidents' },
              { label: 'Incidents not recorded' },
            ]}
            rows={keyMeasureSideRows(reality.keyMeasures).map((row) => ({
              key: row.label,
              header: row.label,
              cells: [row.drills, row.incidents, row.note],
            }))}
          />
        </>
      )}
    </ReportSection>
  );
}

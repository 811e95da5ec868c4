// What the team's recorded drills say about recovery: n, median and p90 of the recovery time, the
// median of each phase, and the drills themselves.
import type { DrillEvidence, FigureRow } from '../../../domain/reports/assessment-report-drills';
import { FactList } from '../FactList';
import { ReportSection } from '../ReportFrame';

export function DrillEvidenceReport({ evidence }: { readonly evidence: DrillEvidence }) {
  return (
    <ReportSection id="report-drills" title="Drill evidence" newPage>
      <p>{evidence.scope}</p>
      {evidence.aborted !== null && <p className="report-note">{evidence.aborted}</p>}
      {evidence.smallSample !== null && (
        <p className="report-notice" role="note">
          {evidence.smallSample}
        </p>
      )}
      <table className="report-figures">
        <caption className="report-caption">
          Recovery time and phase durations of the completed drills, in minutes
        </caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="number">
              n
            </th>
            <th scope="col" className="number">
              Median
            </th>
            <th scope="col" className="number">
              p90
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          <FigureLine row={evidence.recovery} strong />
          {evidence.phases.map((row) => (
            <FigureLine key={row.label} row={row} />
          ))}
        </tbody>
      </table>
      <p className="report-note">
        Time to recover: {evidence.recoveryDefinition} Mean: {evidence.recoveryMean}. Phases are the
        steps from the fault being injected to the drill being closed.
      </p>
      <FactList facts={evidence.rates} className="report-keep" />
      {evidence.drills.length > 0 && (
        <table className="report-drills">
          <caption className="report-caption">The completed drills, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Drill</th>
              <th scope="col">Severity</th>
              <th scope="col" className="number">
                Time to recover
              </th>
            </tr>
          </thead>
          <tbody>
            {evidence.drills.map((drill) => (
              <tr key={drill.id}>
                <td className="report-nowrap">{drill.date}</td>
                <td>
                  {drill.title}
                  {drill.scenario !== null && (
                    <span className="report-scenario">Scenario: {drill.scenario}</span>
                  )}
                </td>
                <td>{drill.severity}</td>
                <td className="number report-nowrap">{drill.recovery}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="report-note">{evidence.method}</p>
    </ReportSection>
  );
}

function FigureLine({
  row,
  strong = false,
}: {
  readonly row: FigureRow;
  readonly strong?: boolean;
}) {
  return (
    <tr className={strong ? 'report-strong' : undefined}>
      <th scope="row">{row.label}</th>
      <td className="number">{row.n}</td>
      <td className="number report-nowrap">{row.median}</td>
      <td className="number report-nowrap">{row.p90}</td>
      <td>{row.flag ?? ''}</td>
    </tr>
  );
}

// The drill report's sections, in the order the product lists them, after the executive summary
// that fills page 1 (time to recover against its target, hypothesis, the phase chart). Every word and figure comes
// from the report model (domain/reports/drill-report): this file only lays it out.
import type { DrillReport } from '../../../domain/reports/drill-report';
import { FactList } from '../FactList';
import { ExecutiveSummary } from '../ExecutiveSummary';
import { ReportSection } from '../ReportFrame';
import { PhaseChart } from './PhaseChart';
import { DrillKitSections, DrillScriptSection } from './DrillKitSections';

export function DrillReportBody({ report }: { readonly report: DrillReport }) {
  return (
    <>
      {report.notice !== null && (
        <p className="drill-report-notice report-keep" data-testid="drill-report-notice">
          {report.notice}
        </p>
      )}
      <ExecutiveSummary headlines={report.headlines} overdue={report.overdue}>
        {report.ran && <PhaseChart phases={report.phases} />}
      </ExecutiveSummary>
      <ReportSection id="drill-summary" title="About this drill">
        <FactList facts={report.summary} className="drill-report-facts" />
      </ReportSection>
      <ReportSection id="drill-scenario" title="Scenario and hypothesis">
        <FactList facts={report.scenario} className="drill-report-facts" />
      </ReportSection>
      <DrillScriptSection report={report} />
      <ReportSection id="drill-roles" title="Roles">
        <FactList facts={report.roles} className="drill-report-facts" />
      </ReportSection>
      {report.timeline.length > 0 && <TimelineSection report={report} />}
      {report.ran && <DrillKitSections report={report} />}
      <PhasesSection report={report} />
      {report.ran && <MeasuresSection report={report} />}
      {report.ran && (
        <ReportSection id="drill-review" title="Review">
          {report.review === null ? (
            <p>No review has been written for this drill yet.</p>
          ) : (
            <FactList facts={report.review} className="drill-report-facts" />
          )}
        </ReportSection>
      )}
      {(report.ran || report.actionItems.length > 0) && <ActionItemsSection report={report} />}
    </>
  );
}

function TimelineSection({ report }: { readonly report: DrillReport }) {
  return (
    <ReportSection id="drill-timeline" title="Timeline">
      <p className="drill-report-note">{report.timelineNote}</p>
      <table className="drill-report-timeline" data-testid="drill-report-timeline">
        <caption className="visually-hidden">Every event of the run, in recording order</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Elapsed
            </th>
            <th scope="col">Time</th>
            <th scope="col">Kind</th>
            <th scope="col">What happened</th>
          </tr>
        </thead>
        <tbody>
          {report.timeline.map((row) => (
            <tr key={row.key} className={row.undone ? 'undone' : undefined}>
              <td className="number">{row.superseded ? <s>{row.elapsed}</s> : row.elapsed}</td>
              <td className="time">{row.superseded ? <s>{row.timeOfDay}</s> : row.timeOfDay}</td>
              <td>{row.kind}</td>
              <td>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function PhasesSection({ report }: { readonly report: DrillReport }) {
  // A drill that has not run has targets only: its other columns would say so on every row.
  const { ran } = report;
  const showPaused = report.phases.some((phase) => phase.paused !== '');
  return (
    <ReportSection id="drill-phases" title={ran ? 'Phases against targets' : 'Phase targets'}>
      <table
        className={`drill-report-phases${ran ? '' : ' targets-only'}`}
        data-testid="drill-report-phases"
      >
        <caption className="visually-hidden">Each phase's duration against its target</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            {ran && (
              <th scope="col" className="number">
                Duration
              </th>
            )}
            <th scope="col" className="number">
              Target
            </th>
            {ran && <th scope="col">Result</th>}
            {showPaused && (
              <th scope="col" className="number">
                Paused (left out)
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {report.phases.map((phase) => (
            <tr key={phase.key}>
              <th scope="row">{phase.label}</th>
              {ran && <td className="number">{phase.duration}</td>}
              <td className="number">{phase.target}</td>
              {ran && <td>{phase.result}</td>}
              {showPaused && <td className="number">{phase.paused || '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="drill-report-note">{report.phasesNote}</p>
    </ReportSection>
  );
}

function MeasuresSection({ report }: { readonly report: DrillReport }) {
  return (
    <ReportSection id="drill-measures" title="Measures">
      <p className="drill-report-note">{report.measuresNote}</p>
      <table className="drill-report-measures" data-testid="drill-report-measures">
        <caption className="visually-hidden">The drill's measures and what each one means</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="number">
              Figure
            </th>
            <th scope="col">Definition</th>
          </tr>
        </thead>
        <tbody>
          {report.measures.map((measure) => (
            <tr key={measure.key} data-measure={measure.key}>
              <th scope="row">{measure.label}</th>
              <td className="number">{measure.value}</td>
              <td className="definition">{measure.definition}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function ActionItemsSection({ report }: { readonly report: DrillReport }) {
  return (
    <ReportSection id="drill-action-items" title="Action items">
      {report.actionItems.length === 0 ? (
        <p>No action items came out of this drill.</p>
      ) : (
        <table className="drill-report-actions" data-testid="drill-report-actions">
          <caption className="visually-hidden">Action items from this drill</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {report.actionItems.map((item) => (
              <tr key={item.key}>
                <td>{item.title}</td>
                <td>{item.owner}</td>
                <td>{item.due}</td>
                <td>{item.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReportSection>
  );
}

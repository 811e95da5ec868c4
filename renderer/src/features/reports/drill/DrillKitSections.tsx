// The drill report's facilitator's kit: what the drill took from its scenario, the go / no-go,
// injects, hints and checklists with their times, and the results. Words come from the model.
import type { DrillReport } from '../../../domain/reports/drill-report';
import type { KitLine } from '../../../domain/reports/drill-kit-report';
import { FactList } from '../FactList';
import { ReportSection } from '../ReportFrame';

function KitTable({
  lines,
  caption,
  testId,
}: {
  readonly lines: readonly KitLine[];
  readonly caption: string;
  readonly testId: string;
}) {
  if (lines.length === 0) return <p>None in this drill.</p>;
  return (
    <table className="drill-report-kit" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">When planned</th>
          <th scope="col">Outcome</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <td>{line.text}</td>
            <td>{line.plan}</td>
            <td>{line.outcome}</td>
            <td className="number">{line.when}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DrillScriptSection({ report }: { readonly report: DrillReport }) {
  return (
    <ReportSection id="drill-script" title="From the scenario">
      <FactList facts={report.script} className="drill-report-facts" />
    </ReportSection>
  );
}

export function DrillKitSections({ report }: { readonly report: DrillReport }) {
  const { kit } = report;
  return (
    <>
      <ReportSection id="drill-kit" title="Facilitator’s kit">
        {kit.goNoGo.length > 0 && (
          <KitTable lines={kit.goNoGo} caption="Go / no-go" testId="drill-report-go" />
        )}
        <KitTable lines={kit.injects} caption="Injects" testId="drill-report-injects" />
        <KitTable lines={kit.hints} caption="Hints" testId="drill-report-hints" />
        {kit.checklists.map((list) => (
          <KitTable
            key={list.title}
            lines={list.lines}
            caption={`${list.title}: ${list.summary}`}
            testId={`drill-report-${list.title.split(' ')[0]?.toLowerCase() ?? 'list'}-checklist`}
          />
        ))}
      </ReportSection>
      <ReportSection id="drill-results" title="Results">
        <FactList facts={kit.results} className="drill-report-facts" />
      </ReportSection>
    </>
  );
}

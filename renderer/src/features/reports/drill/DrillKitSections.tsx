// The drill report's facilitator's kit: what the drill took from its scenario, the go / no-go,
// injects, hints and checklists with their times, and the results. Words come from the model.
import type { DrillReport } from '../../../domain/reports/drill-report';
import type { KitLine } from '../../../domain/reports/drill-kit-report';
import { KitLineTable } from '../../../components/KitLineTable';
import { FactList } from '../FactList';
import { ReportSection } from '../ReportFrame';

/** A table of the report: an empty one still says so, so the reader knows it was not left out. */
function KitTable({
  lines,
  caption,
  testId,
}: {
  readonly lines: readonly KitLine[];
  readonly caption: string;
  readonly testId: string;
}) {
  return (
    <KitLineTable
      lines={lines}
      caption={caption}
      className="drill-report-kit"
      planHeading="When planned"
      empty={<p>None in this drill.</p>}
      testId={testId}
    />
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

// /reports/portfolio?group=… — the portfolio report: every team's levels against its targets as a
// heatmap table, each group's summary and the slowest recoveries with n. Built from the same view
// as the Portfolio screen, so both print the same numbers.
import '../../../styles/report-trend.css';
import { repos } from '../../../db/app-db';
import { knownModels } from '../../../domain/maturity/models';
import { portfolioView } from '../../../domain/portfolio/from-data';
import {
  buildPortfolioReport,
  portfolioFileName,
  type PortfolioReport,
  type SlowLine,
} from '../../../domain/portfolio/portfolio-report';
import type { GroupSummary } from '../../../domain/portfolio/group-summary';
import { recoveryWords } from '../../../domain/portfolio/cell-words';
import { countOf } from '../../../domain/text/plural';
import { defineReportKind } from '../report-kind';
import { ReportSection } from '../ReportFrame';
import { ReportTable } from '../trend/ReportTable';

const GROUP_ID = /^[A-Za-z0-9_-]{1,100}$/u;

export const portfolioReportKind = defineReportKind({
  kindLabel: 'Portfolio report',
  params: ({ search }): string | null => {
    const group = search.get('group');
    return group !== null && GROUP_ID.test(group) ? group : null;
  },
  load: () => repos.portfolio.load(),
  model: (loaded, groupId, clock) =>
    buildPortfolioReport(
      portfolioView(loaded, modelsById(), {
        today: clock.today,
        now: clock.now,
        zone: clock.offset,
      }),
      groupId,
    ),
  title: ({ model }) => (model === null ? 'Portfolio' : `Portfolio: ${model.scope}`),
  fileName: (report, clock) => portfolioFileName(report, clock.today),
  target: (_report, groupId) => ({ kind: 'portfolio', ...(groupId === null ? {} : { groupId }) }),
  back: () => ({ to: '/portfolio', label: 'Back to the portfolio' }),
  Body: PortfolioReportBody,
});

function PortfolioReportBody({ report }: { readonly report: PortfolioReport }) {
  return (
    <div className="report-trend report-portfolio">
      <ReportSection id="rp-heatmap" title="Levels against targets">
        <ReportTable
          caption={`${report.scope}: score per category (▲ below target, ✓ target reached), overall score, levels still to climb, recovery medians with n, last drill and what is stale`}
          columns={[
            { label: 'Team' },
            ...report.columns.map((c) => ({ label: c.name })),
            { label: 'Overall', numeric: true },
            { label: 'Gap', numeric: true },
            { label: 'Drill recovery' },
            { label: 'Incident recovery' },
            { label: 'Last drill' },
            { label: 'Stale' },
          ]}
          rows={report.table}
        />
      </ReportSection>
      <ReportSection id="rp-groups" title="Groups" newPage>
        {report.summaries.map((summary) => (
          <GroupSection key={summary.groupId ?? 'all'} summary={summary} report={report} />
        ))}
      </ReportSection>
      <ReportSection id="rp-slowest" title="Slowest recoveries">
        <SlowTable caption="Drills: median time to recover (n)" lines={report.slowestDrills} />
        <SlowTable
          caption="Incidents: median time to recover (n)"
          lines={report.slowestIncidents}
        />
      </ReportSection>
      <ReportSection id="rp-rule" title="How the figures are computed">
        <p>{report.rule}</p>
      </ReportSection>
    </div>
  );
}

function GroupSection({
  summary,
  report,
}: {
  readonly summary: GroupSummary;
  readonly report: PortfolioReport;
}) {
  const slow = (list: GroupSummary['slowestDrills']) =>
    list.length === 0
      ? 'none recorded'
      : list.map((s) => `${s.teamName} ${recoveryWords(s.figure).text}`).join('; ');
  return (
    <div className="report-keep">
      <h3>
        {summary.name}: {countOf(summary.teams, 'team', 'teams')}
      </h3>
      <ReportTable
        caption={`${summary.name}: median level per category over the assessed teams`}
        columns={[
          { label: 'Category' },
          { label: 'Median level', numeric: true },
          { label: 'n', numeric: true },
        ]}
        rows={summary.categories.map((c, index) => ({
          key: c.categoryId,
          header: report.columns[index]?.name ?? c.categoryId,
          cells: [c.medianLevel === undefined ? '—' : c.medianLevel.toFixed(1), String(c.n)],
        }))}
      />
      <p>
        Missing targets:{' '}
        {summary.missingTargets.length === 0 ? 'none' : summary.missingTargets.join(', ')}.
      </p>
      <p>Slowest drill recoveries: {slow(summary.slowestDrills)}.</p>
      <p>Slowest incident recoveries: {slow(summary.slowestIncidents)}.</p>
    </div>
  );
}

function SlowTable({
  caption,
  lines,
}: {
  readonly caption: string;
  readonly lines: readonly SlowLine[];
}) {
  if (lines.length === 0) return <p>{caption}: none recorded in the last 12 months.</p>;
  return (
    <ReportTable
      caption={caption}
      columns={[{ label: 'Team' }, { label: 'Median (n)' }]}
      rows={lines}
    />
  );
}

/** Every model the app knows, built in and imported, by id: each team is scored on its own. */
function modelsById() {
  return new Map(knownModels().map((model) => [model.id, model]));
}

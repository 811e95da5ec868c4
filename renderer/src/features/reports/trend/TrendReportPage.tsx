// /reports/trend/:teamId?period=12m — the team trend report for a period: the Trends screen's
// figures for one team, laid out for paper with every chart's numbers printed below it. The
// figures come from the same domain functions as the Trends screen, so both show the same numbers.
import '../../../styles/trends.css';
import '../../../styles/report-trend.css';
import { REPORT_PERIODS, type ReportPeriod } from '@shared/report-request';
import { repos } from '../../../db/app-db';
import { problem } from '../../../domain/outcome';
import {
  buildTrendReport,
  drillDates,
  resolveReportPeriod,
  type TrendReport,
} from '../../../domain/reports/trend-report';
import { prepareDrills } from '../../../domain/trends/prepare';
import { trendPageOne, type TrendPageOne } from '../../../domain/reports/trend-report-summary';
import { ExecutiveSummary } from '../ExecutiveSummary';
import { defineReportKind } from '../report-kind';
import { MaturitySection, HowComputedSection } from './MaturitySection';
import {
  DistributionSection,
  OverTimeSection,
  RecoveryChart,
  ScopeSection,
  SummarySection,
} from './OverviewSections';
import { BreakdownSection, RerunsSection } from './PhaseSections';
import { ComparisonSection, KeyMeasuresSection } from './StandardSections';
import { KIND_LABEL, reportTitle, trendFileName, trendRequest } from './trend-report-text';

export const MISSING_TEAM = 'This team no longer exists.';

const periodOf = (value: string | null): ReportPeriod =>
  (REPORT_PERIODS as readonly string[]).includes(value ?? '') ? (value as ReportPeriod) : '12m';

export const trendReportKind = defineReportKind({
  kindLabel: KIND_LABEL,
  params: ({ params, search }) => ({
    teamId: params.teamId ?? '',
    period: periodOf(search.get('period')),
    from: search.get('from'),
    to: search.get('to'),
  }),
  load: async ({ teamId }) => {
    const [source, actionItems, people] = await Promise.all([
      repos.trends.load(teamId),
      repos.actionItems.listForTeam(teamId),
      repos.people.listForTeam(teamId),
    ]);
    return { source, actionItems, people };
  },
  model: ({ source, actionItems, people }, { teamId, period, from, to }, clock) => {
    if (!source.teams.some((team) => team.id === teamId)) return problem(MISSING_TEAM);
    const prepared = prepareDrills(source, { now: clock.now, timeZoneOffsetMinutes: clock.offset });
    const dates = drillDates(prepared, teamId);
    const resolved = resolveReportPeriod({ period, from, to }, clock.today, dates);
    if (!resolved.ok) return resolved;
    const report = buildTrendReport(source, prepared, teamId, resolved.value, clock.today);
    if (report === undefined) return problem(MISSING_TEAM);
    const pageOne = trendPageOne(report, actionItems, people, clock.today);
    return { ok: true, value: { ...report, pageOne } };
  },
  title: ({ model }) => (model === null ? 'Team trends' : reportTitle(model)),
  fileName: (report, clock) => trendFileName(report, clock.today),
  target: (_report, { teamId, period, from, to }) => trendRequest(teamId, period, from, to).target,
  back: ({ period, from, to }) => {
    const back = new URLSearchParams({ period });
    if (period === 'custom') {
      if (from !== null) back.set('from', from);
      if (to !== null) back.set('to', to);
    }
    return { to: `/trends?${back.toString()}`, label: 'Trends' };
  },
  Body: TrendReportBody,
});

function TrendReportBody({
  report,
}: {
  readonly report: TrendReport & { readonly pageOne: TrendPageOne };
}) {
  const measured = report.view.completed > 0;
  return (
    <div className="report-trend">
      <ExecutiveSummary headlines={report.pageOne.headlines} overdue={report.pageOne.overdue}>
        {measured && <RecoveryChart report={report} />}
      </ExecutiveSummary>
      <ScopeSection report={report} />
      {measured && <SummarySection report={report} />}
      <ComparisonSection report={report} />
      {measured && (
        <>
          <OverTimeSection report={report} chart={false} />
          <DistributionSection report={report} />
          <BreakdownSection report={report} />
          <RerunsSection report={report} />
          <KeyMeasuresSection report={report} />
        </>
      )}
      <MaturitySection report={report} />
      <HowComputedSection />
    </div>
  );
}

// /reports/trend/:teamId?period=12m — the team trend report for a period: the Trends screen's
// figures for one team, laid out for paper with every chart's numbers printed below it. The
// figures come from the same domain functions as the Trends screen, so both show the same numbers.
import '../../../styles/trends.css';
import '../../../styles/report-trend.css';
import { trendTarget } from '@shared/report-request';
import { repos } from '../../../db/app-db';
import { problem } from '../../../domain/outcome';
import {
  buildTrendReport,
  drillDates,
  resolveReportPeriod,
  type TrendReport,
} from '../../../domain/reports/trend-report';
import { prepareDrills } from '../../../domain/trends/prepare';
import { prepareIncidents } from '../../../domain/reality/prepare';
import { IncidentsSection } from './IncidentsSection';
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
import {
  KIND_LABEL,
  coverFiltersText,
  reportTitle,
  trendChoiceOf,
  trendFileName,
  trendsScreenQuery,
} from './trend-report-text';

export const MISSING_TEAM = 'This team no longer exists.';

export const trendReportKind = defineReportKind({
  kindLabel: KIND_LABEL,
  // The route carries what the Trends screen showed: period, filters and compared periods.
  params: ({ params, search }) => trendChoiceOf(params.teamId ?? '', search),
  load: async ({ teamId }) => {
    const [source, actionItems, people] = await Promise.all([
      repos.trends.load(teamId),
      repos.actionItems.listForTeam(teamId),
      repos.people.listForTeam(teamId),
    ]);
    return { source, actionItems, people };
  },
  model: ({ source, actionItems, people }, choice, clock) => {
    const { teamId, period, from, to, compare } = choice;
    if (!source.teams.some((team) => team.id === teamId)) return problem(MISSING_TEAM);
    const prepared = prepareDrills(source, { now: clock.now, timeZoneOffsetMinutes: clock.offset });
    const dates = drillDates(prepared, teamId);
    const compared =
      compare === null
        ? null
        : {
            a: { from: compare.aFrom, to: compare.aTo },
            b: { from: compare.bFrom, to: compare.bTo },
          };
    const resolved = resolveReportPeriod(
      { period, from, to, compare: compared },
      clock.today,
      dates,
    );
    if (!resolved.ok) return resolved;
    const incidents = prepareIncidents(source.incidents ?? [], {
      timeZoneOffsetMinutes: clock.offset,
    });
    const report = buildTrendReport(
      source,
      prepared,
      teamId,
      resolved.value,
      clock.today,
      choice,
      incidents,
    );
    if (report === undefined) return problem(MISSING_TEAM);
    const pageOne = trendPageOne(report, actionItems, people, clock.today);
    return { ok: true, value: { ...report, pageOne } };
  },
  title: ({ model }) => (model === null ? 'Team trends' : reportTitle(model)),
  fileName: (report, clock) => trendFileName(report, clock.today),
  target: (_report, choice) => trendTarget(choice),
  back: (choice) => ({ to: `/trends?${trendsScreenQuery(choice)}`, label: 'Trends' }),
  Body: TrendReportBody,
});

function TrendReportBody({
  report,
}: {
  readonly report: TrendReport & { readonly pageOne: TrendPageOne };
}) {
  const measured = report.view.completed > 0;
  const filtered = coverFiltersText(report.filters);
  return (
    <div className="report-trend">
      <ExecutiveSummary headlines={report.pageOne.headlines} overdue={report.pageOne.overdue}>
        {filtered !== null && (
          <p className="rt-cover-filters" data-testid="rt-cover-filters">
            {filtered}
          </p>
        )}
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
      <IncidentsSection report={report} />
      <MaturitySection report={report} />
      <HowComputedSection />
    </div>
  );
}

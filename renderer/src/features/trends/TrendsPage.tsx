// The Trends screen: honest statistics over the drills and assessments a team has recorded.
// Its styles load with it (the route is lazy), so they cost nothing at start-up.
import '../../styles/trends.css';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  reportRoute,
  trendTarget,
  type ReportRequest,
  type TrendComparePeriods,
} from '@shared/report-request';
import { useToday } from '../../session/use-today';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { TeamRecord } from '../../domain/records/teams';
import { defaultPaper } from '../../domain/reports/paper';
import { countOf } from '../../domain/text/plural';
import { NeedsTeam } from '../../session/NeedsTeam';
import { ExportReportButton } from '../../components/ExportReportButton';
import { BreakdownSection } from './BreakdownSection';
import { ComparisonSection } from './ComparisonSection';
import { DistributionSection } from './DistributionSection';
import { HowComputed } from '../../components/trend-figures/HowComputed';
import { KeyMeasuresSection } from './KeyMeasuresSection';
import { MaturitySection } from './MaturitySection';
import { RerunsSection } from './RerunsSection';
import { SeriesSection } from './SeriesSection';
import { RealitySection } from './RealitySection';
import { resultFilterText } from '../../domain/trends/result-filters';
import { parseTrendParams, unreadTrendParams, withParam, type TrendParams } from './trend-params';
import { TrendFiltersForm } from './TrendFiltersForm';
import { markTrendsInteractive } from './trends-interactive';
import { useTrends, type TrendsData } from './use-trends';

export function TrendsPage() {
  return (
    <>
      <PageHeader
        title="Trends"
        description="How recovery time and maturity change over months, with the numbers behind every chart."
      />
      <NeedsTeam>{(team) => <TrendsScreen team={team} />}</NeedsTeam>
    </>
  );
}

function TrendsScreen({ team }: { readonly team: TeamRecord }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseTrendParams(searchParams);
  const today = useToday();
  const data = useTrends(params.scope === 'all' ? null : team.id, params, today);
  useEffect(() => {
    if (data !== undefined) markTrendsInteractive();
  }, [data]);
  const change = (key: keyof TrendParams, value: string) => {
    let next = withParam(searchParams, key, value);
    // Services and scenarios belong to the teams in scope: a change of scope clears them.
    if (key === 'scope') next = withParam(withParam(next, 'serviceId', ''), 'scenarioId', '');
    setSearchParams(next, { replace: true });
  };
  return (
    <>
      <TrendFiltersForm team={team} params={params} source={data?.source} onChange={change} />
      <UnreadParams params={searchParams} />
      <TrendReportLinks team={team} params={params} periods={data?.periods} />
      <HowComputed />
      {data === undefined ? (
        <p className="muted" role="status">
          Loading drills and assessments…
        </p>
      ) : (
        <TrendsViews data={data} params={params} onChange={change} />
      )}
    </>
  );
}

interface TrendsViewsProps {
  readonly data: TrendsData;
  readonly params: TrendParams;
  readonly onChange: (key: keyof TrendParams, value: string) => void;
}

function TrendsViews({ data, params, onChange }: TrendsViewsProps) {
  const { view } = data;
  const results = resultFilterText(params);
  if (params.source === 'incidents') {
    return (
      <>
        <RealitySection reality={view.reality} withDrills={false} />
        <MaturitySection view={view} />
      </>
    );
  }
  return (
    <>
      <p className="trends-counts" role="status">
        {countOf(view.completed, 'completed drill', 'completed drills')} measured
        {view.aborted > 0
          ? `; ${countOf(view.aborted, 'aborted drill', 'aborted drills')} counted but not measured (an aborted drill has no recovery time)`
          : ''}
        .
        {results !== null && (
          <span className="trends-active-results"> Only {results} are shown.</span>
        )}
      </p>
      {view.completed === 0 ? (
        <EmptyState title="No completed drills in these filters">
          <p>
            Widen the period or clear a filter above, or{' '}
            <Link to="/drills">plan and run a drill</Link>: its figures appear here once it is
            closed.
          </p>
        </EmptyState>
      ) : (
        <>
          <SeriesSection
            view={view}
            measure={params.measure}
            onMeasure={(v) => {
              onChange('measure', v);
            }}
          />
          <DistributionSection view={view} />
          <BreakdownSection
            view={view}
            groupBy={params.groupBy}
            onGroupBy={(v) => {
              onChange('groupBy', v);
            }}
          />
          <RerunsSection view={view} allTeams={params.scope === 'all'} />
          <KeyMeasuresSection view={view} />
        </>
      )}
      {params.source === 'both' && <RealitySection reality={view.reality} withDrills />}
      <ComparisonSection view={view} periods={data.periods} onChange={onChange} />
      <MaturitySection view={view} />
    </>
  );
}

/**
 * The team trend report for what is on screen: the team, the period, the filters and the two
 * compared periods all travel in the report's route, so the report shows the same drills and n.
 */
function TrendReportLinks({
  team,
  params,
  periods,
}: {
  readonly team: TeamRecord;
  readonly params: TrendParams;
  readonly periods: TrendsData['periods'] | undefined;
}) {
  if (params.scope === 'all') {
    return (
      <p className="muted">
        PDF reports are per team: choose {team.name} under Teams to export its trend report.
      </p>
    );
  }
  const request: ReportRequest = {
    target: trendTarget({
      teamId: team.id,
      period: params.period,
      from: params.from,
      to: params.to,
      serviceId: params.serviceId,
      severity: params.severity,
      scenarioId: params.scenarioId,
      hypothesis: params.hypothesis,
      detectedBy: params.detectedBy,
      checklist: params.checklist,
      compare: periods === undefined ? null : comparePeriodsOf(periods),
    }),
    paper: defaultPaper(navigator.language),
  };
  const filtered =
    params.serviceId !== null ||
    params.severity !== null ||
    params.scenarioId !== null ||
    resultFilterText(params) !== null;
  return (
    <div className="field" role="group" aria-label="Team trend report">
      <div className="button-row">
        <ExportReportButton request={request} label="Export PDF report…" />
        <Link className="button" to={reportRoute(request)}>
          Open the report
        </Link>
      </div>
      <p className="hint">
        The report covers {team.name} over the period chosen above
        {filtered
          ? ', with the filters chosen above'
          : ', with every service, severity, scenario and drill result'}
        , and compares the two periods chosen below.
      </p>
    </div>
  );
}

/** The compared periods as the report's route carries them; null while either end is open. */
function comparePeriodsOf({ a, b }: TrendsData['periods']): TrendComparePeriods | null {
  if (a.from === null || a.to === null || b.from === null || b.to === null) return null;
  return { aFrom: a.from, aTo: a.to, bFrom: b.from, bTo: b.to };
}

/** Says which choices of a hand-edited or old link were not understood, and what shows instead. */
function UnreadParams({ params }: { readonly params: URLSearchParams }) {
  const unread = unreadTrendParams(params);
  if (unread.length === 0) return null;
  return (
    <p className="trends-unread" role="status">
      This link’s{' '}
      {unread.map((param, index) => (
        <span key={param.name}>
          {index > 0 && (index === unread.length - 1 ? ' and ' : ', ')}
          {param.name} “{param.value}”
        </span>
      ))}{' '}
      {unread.length === 1 ? 'is not a choice' : 'are not choices'} this screen knows, so{' '}
      {unread.length === 1 ? 'its default is' : 'their defaults are'} shown: see the filters above.
    </p>
  );
}

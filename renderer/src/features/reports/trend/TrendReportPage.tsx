// The team trend report for a period (`#/reports/trend/<teamId>?period=12m&paper=a4`): the Trends
// screen's figures for one team, laid out for paper with every chart's numbers printed below it.
import '../../../styles/trends.css';
import '../../../styles/report-trend.css';
import { useParams, useSearchParams } from 'react-router';
import { REPORT_PERIODS, type ReportPeriod } from '@shared/report-request';
import type { TrendReport } from '../../../domain/reports/trend-report';
import { ReportFrame, useGeneratedOn } from '../ReportFrame';
import type { ReportStatus } from '../use-report-ready';
import { MaturitySection, HowComputedSection } from './MaturitySection';
import {
  DistributionSection,
  OverTimeSection,
  ScopeSection,
  SummarySection,
} from './OverviewSections';
import { BreakdownSection, RerunsSection } from './PhaseSections';
import { ComparisonSection, KeyMeasuresSection } from './StandardSections';
import { KIND_LABEL, reportTitle, trendFileName, trendRequest } from './trend-report-text';
import { useTrendReport } from './use-trend-report';

const periodOf = (value: string | null): ReportPeriod =>
  (REPORT_PERIODS as readonly string[]).includes(value ?? '') ? (value as ReportPeriod) : '12m';

export function TrendReportPage() {
  const { teamId = '' } = useParams();
  const [params] = useSearchParams();
  const period = periodOf(params.get('period'));
  const from = params.get('from');
  const to = params.get('to');
  const today = useGeneratedOn();
  const result = useTrendReport(teamId, { period, from, to }, today);
  const status: ReportStatus =
    result.state === 'ready'
      ? { state: 'ready', fileName: trendFileName(result.report, today) }
      : result;
  const back = new URLSearchParams({ period });
  if (period === 'custom') {
    if (from !== null) back.set('from', from);
    if (to !== null) back.set('to', to);
  }
  return (
    <ReportFrame
      kindLabel={KIND_LABEL}
      title={result.state === 'ready' ? reportTitle(result.report) : 'Team trends'}
      backTo={`/trends?${back.toString()}`}
      backLabel="Trends"
      request={result.state === 'ready' ? trendRequest(teamId, period, from, to) : null}
      status={status}
      generatedOn={today}
    >
      {result.state === 'ready' && <TrendReportBody report={result.report} />}
    </ReportFrame>
  );
}

function TrendReportBody({ report }: { readonly report: TrendReport }) {
  const measured = report.view.completed > 0;
  return (
    <div className="report-trend">
      <ScopeSection report={report} />
      {measured && <SummarySection report={report} />}
      <ComparisonSection report={report} />
      {measured && (
        <>
          <OverTimeSection report={report} />
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

// The drill report: the drill's plan, what happened minute by minute, how each phase compared with
// its target, the measures, the review and the action items, laid out for paper.
import '../../../styles/report-drill.css';
import { useParams } from 'react-router';
import type { ReportRequest } from '@shared/report-request';
import { ReportFrame, useGeneratedOn, useReportPaper } from '../ReportFrame';
import type { ReportStatus } from '../use-report-ready';
import { DrillReportBody } from './DrillReportBody';
import { useDrillReport } from './use-drill-report';

export const MISSING_DRILL_MESSAGE = 'This drill no longer exists.';

export function DrillReportPage() {
  const { drillId = '' } = useParams();
  const paper = useReportPaper();
  const generatedOn = useGeneratedOn();
  const result = useDrillReport(drillId);
  const status: ReportStatus =
    result === undefined
      ? { state: 'loading' }
      : result === null
        ? { state: 'error', message: MISSING_DRILL_MESSAGE }
        : result.ok
          ? { state: 'ready', fileName: result.report.fileName }
          : { state: 'error', message: result.message };
  const report = result?.ok === true ? result.report : null;
  const request: ReportRequest | null =
    report === null ? null : { target: { kind: 'drill', drillId }, paper };
  return (
    <ReportFrame
      kindLabel="Drill report"
      title={report?.title ?? (result === null ? 'Drill not found' : 'Drill')}
      backTo={result === null ? '/drills' : `/drills/${drillId}`}
      backLabel={result === null ? 'Back to drills' : 'Back to the drill'}
      request={request}
      status={status}
      generatedOn={generatedOn}
    >
      {report !== null && <DrillReportBody report={report} />}
    </ReportFrame>
  );
}

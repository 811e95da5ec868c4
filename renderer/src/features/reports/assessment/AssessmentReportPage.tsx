// /reports/assessment/:assessmentId — the printable assessment report: cover, summary, one
// section per category, gap and roadmap, drill evidence, level history and the scoring rule. What
// it says comes from domain/reports/assessment-report; this only lays it out.
import '../../../styles/report-assessment.css';
import { useParams } from 'react-router';
import type { ReportRequest } from '@shared/report-request';
import type { AssessmentReport } from '../../../domain/reports/assessment-report';
import { ReportFrame, ReportSection, useGeneratedOn, useReportPaper } from '../ReportFrame';
import type { ReportStatus } from '../use-report-ready';
import { CategoryReport } from './CategoryReport';
import { DrillEvidenceReport } from './DrillEvidenceReport';
import { LevelHistoryReport } from './LevelHistoryReport';
import { RoadmapReport } from './RoadmapReport';
import { CoverReport, SummaryReport } from './SummaryReport';
import { useAssessmentReport } from './use-assessment-report';

export function AssessmentReportPage() {
  const { assessmentId } = useParams();
  const paper = useReportPaper();
  const generatedOn = useGeneratedOn();
  const outcome = useAssessmentReport(assessmentId, generatedOn);
  const status: ReportStatus =
    outcome === undefined
      ? { state: 'loading' }
      : outcome.ok
        ? { state: 'ready', fileName: outcome.report.fileName }
        : { state: 'error', message: outcome.message };
  const request: ReportRequest | null =
    outcome?.ok === true
      ? { target: { kind: 'assessment', assessmentId: outcome.report.assessmentId }, paper }
      : null;
  return (
    <ReportFrame
      kindLabel="Assessment report"
      title={outcome?.ok === true ? outcome.report.title : 'Assessment'}
      backTo={outcome?.ok === true ? `/assessments/${outcome.report.assessmentId}` : '/assessments'}
      backLabel={outcome?.ok === false ? 'Assessments' : 'Assessment'}
      request={request}
      status={status}
      generatedOn={generatedOn}
    >
      {outcome?.ok === true && <AssessmentReportBody report={outcome.report} />}
    </ReportFrame>
  );
}

function AssessmentReportBody({ report }: { readonly report: AssessmentReport }) {
  return (
    <div className="assessment-report">
      <CoverReport cover={report.cover} />
      <SummaryReport summary={report.summary} />
      {report.categories.map((category) => (
        <CategoryReport key={category.id} category={category} />
      ))}
      <RoadmapReport roadmap={report.roadmap} />
      <DrillEvidenceReport evidence={report.drills} />
      {report.history !== null && <LevelHistoryReport history={report.history} />}
      <ReportSection id="report-scoring-rule" title="How the levels and scores are worked out">
        <ul className="report-rule">
          {report.scoringRule.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </ReportSection>
    </div>
  );
}

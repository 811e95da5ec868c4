// /reports/assessment/:assessmentId — the printable assessment report: executive summary, cover,
// summary, one section per category, gap and roadmap, drill evidence, level history and the
// scoring rule. What it says comes from domain/reports/assessment-report; this entry loads its
// records and lays it out.
import '../../../styles/report-assessment.css';
import { repos } from '../../../db/app-db';
import type { Id } from '../../../domain/records/common';
import { problem } from '../../../domain/outcome';
import {
  buildAssessmentReport,
  MISSING_ASSESSMENT,
  type AssessmentReport,
} from '../../../domain/reports/assessment-report';
import { prepareDrills } from '../../../domain/trends/prepare';
import { FactList } from '../FactList';
import { ReportSection } from '../ReportFrame';
import { defineReportKind } from '../report-kind';
import { CategoryReport } from './CategoryReport';
import { DrillEvidenceReport } from './DrillEvidenceReport';
import { LevelHistoryReport } from './LevelHistoryReport';
import { RoadmapReport } from './RoadmapReport';
import { AssessmentExecutiveSummary, CoverReport, SummaryReport } from './SummaryReport';

/** Everything the report prints; null when there is no such assessment. */
async function load(assessmentId: Id | undefined) {
  if (assessmentId === undefined) return null;
  const assessment = await repos.assessments.get(assessmentId);
  if (assessment === undefined) return null;
  const { teamId } = assessment;
  const [team, assessments, answers, targets, actionItems, people, trends] = await Promise.all([
    repos.teams.get(teamId),
    repos.assessments.listForTeam(teamId),
    repos.assessments.answersForTeam(teamId),
    repos.targets.listForTeam(teamId),
    repos.actionItems.listForTeam(teamId),
    repos.people.listForTeam(teamId),
    repos.trends.load(teamId),
  ]);
  return { assessmentId, team, assessments, answers, targets, actionItems, people, trends };
}

export const assessmentReportKind = defineReportKind({
  kindLabel: 'Assessment report',
  params: ({ params }) => params.assessmentId,
  load,
  model: (loaded, _assessmentId, clock) => {
    if (loaded === null) return problem(MISSING_ASSESSMENT);
    const { trends, ...records } = loaded;
    // Drills are measured once per load, the same way the Trends screen measures them.
    const drills = prepareDrills(trends, { now: clock.now, timeZoneOffsetMinutes: clock.offset });
    return buildAssessmentReport(
      { ...records, drills },
      { today: clock.today, timeZoneOffsetMinutes: clock.offset },
    );
  },
  title: ({ model }) => model?.title ?? 'Assessment',
  fileName: (report) => report.fileName,
  target: (report) => ({ kind: 'assessment', assessmentId: report.assessmentId }),
  back: (_assessmentId, { loaded, model }) =>
    model !== null
      ? { to: `/assessments/${model.assessmentId}`, label: 'Assessment' }
      : { to: '/assessments', label: loaded === undefined ? 'Assessment' : 'Assessments' },
  Body: AssessmentReportBody,
});

function AssessmentReportBody({ report }: { readonly report: AssessmentReport }) {
  return (
    <div className="assessment-report">
      <AssessmentExecutiveSummary report={report} />
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
        <h3>What the answers mean</h3>
        <FactList
          facts={report.answerScale.map(({ label, meaning }) => ({ label, value: meaning }))}
        />
      </ReportSection>
    </div>
  );
}

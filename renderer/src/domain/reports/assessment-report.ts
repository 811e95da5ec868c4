// The assessment report as data: every row it prints, in order, with its text. The React view only
// lays this out, so what a PDF says is decided (and tested) here. Orders are stable everywhere:
// categories and criteria in model order (criteria by level first), assessments by date then
// creation then id, action items by due date then title then id, drills by date then id.
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { PersonRecord } from '../records/people';
import type { AssessmentRecord } from '../records/assessments';
import { type AnswerRecord, AGREED_RATER_ID } from '../records/answers';
import type { TargetRecord } from '../records/targets';
import type { ActionItemRecord } from '../records/action-items';
import { agreedAnswers } from '../maturity/answers';
import { judgedOn } from '../maturity/evidence-age';
import type { AnswerWording, MaturityModel } from '../maturity/model-types';
import { findModel } from '../maturity/models';
import { SAME_RULE_SENTENCE, SCORING_RULE } from '../maturity/scoring-rule';
import { answerScaleInOrder } from '../maturity/answer-scale';
import { scoreAssessment, type AssessmentResult } from '../maturity/scoring';
import type { PreparedDrill } from '../trends/prepare';
import { reportFileName } from './file-name';
import {
  categorySections,
  type CategorySection,
  type ReportDrillRef,
} from './assessment-report-criteria';
import { drillEvidence, type DrillEvidence } from './assessment-report-drills';
import { formatIsoDate } from '../dates/format';
import { roadmapOf, type Roadmap } from './assessment-report-roadmap';
import {
  coverOf,
  historyOf,
  summaryOf,
  type Cover,
  type History,
  type Summary,
} from './assessment-report-summary';
import { problem, type Checked } from '../outcome';
import { overdueActionItems, type Headline, type OverdueSummary } from './executive-summary';

export interface AssessmentReportSource {
  readonly assessmentId: Id;
  /** The assessment's team; undefined if it has gone. */
  readonly team: TeamRecord | undefined;
  /** Every assessment of the team, in any order. */
  readonly assessments: readonly AssessmentRecord[];
  /** Every answer (every rater) of those assessments. */
  readonly answers: readonly AnswerRecord[];
  readonly targets: readonly TargetRecord[];
  readonly actionItems: readonly ActionItemRecord[];
  readonly people: readonly PersonRecord[];
  /** The team's completed and aborted drills, measured once (trends' prepareDrills). */
  readonly drills: readonly PreparedDrill[];
}

export interface AssessmentReportOptions {
  /** Today on the user's calendar: a draft's evidence is judged at today. */
  readonly today: IsoDate;
  /** The user's offset from UTC, to date written evidence on their calendar. */
  readonly timeZoneOffsetMinutes: number | ((at: EpochMs) => number);
}

export interface AssessmentReport {
  readonly assessmentId: Id;
  readonly title: string;
  readonly fileName: string;
  /** Page 1: the overall level and score, and how many criteria they rest on. */
  readonly headlines: readonly Headline[];
  /** Page 1: the team's action items overdue on the day the report is generated. */
  readonly overdue: OverdueSummary;
  readonly cover: Cover;
  readonly summary: Summary;
  readonly categories: readonly CategorySection[];
  readonly roadmap: Roadmap;
  readonly drills: DrillEvidence;
  /** Null unless the team has more than one final assessment up to this one. */
  readonly history: History | null;
  readonly scoringRule: readonly string[];
  /** The answer scale of the assessment's model, each answer with what it means. */
  readonly answerScale: readonly AnswerWording[];
}

export const MISSING_ASSESSMENT = 'This assessment no longer exists. It may have been deleted.';

/** A team's assessment with its model and agreed-answer result. */
export interface ScoredEntry {
  readonly assessment: AssessmentRecord;
  readonly model: MaturityModel;
  readonly result: AssessmentResult;
}

export function buildAssessmentReport(
  source: AssessmentReportSource,
  options: AssessmentReportOptions,
): Checked<AssessmentReport> {
  const assessment = source.assessments.find((entry) => entry.id === source.assessmentId);
  if (assessment === undefined) return problem(MISSING_ASSESSMENT);
  const model = findModel(assessment.modelId);
  if (model === undefined) {
    return problem(
      `This assessment uses a maturity model (${assessment.modelId}) this version of MTTR Studio does not know.`,
    );
  }
  const scored = scoreAll(source.assessments, source.answers);
  const index = scored.findIndex((entry) => entry.assessment.id === assessment.id);
  const current = scored[index] as ScoredEntry;
  const earlier = scored.slice(0, index);
  const previous = earlier.filter((entry) => entry.assessment.status === 'final').at(-1);
  const targets = new Map(source.targets.map((target) => [target.categoryId, target.level]));
  const agreed = new Map(
    source.answers
      .filter((a) => a.assessmentId === assessment.id && a.raterId === AGREED_RATER_ID)
      .map((a) => [a.criterionId, a]),
  );
  const drillRefs = new Map<Id, ReportDrillRef>(
    source.drills.map((drill) => [
      drill.id,
      { id: drill.id, title: drill.title, date: drill.date },
    ]),
  );
  const judgedAt = judgedOn(assessment, options.today);
  const teamName = source.team?.name ?? 'A deleted team';
  const draft = assessment.status === 'draft' ? 'draft ' : '';
  const cover = coverOf(teamName, current);
  const summary = summaryOf(current, previous, targets);
  return {
    ok: true,
    value: {
      assessmentId: assessment.id,
      title: `${teamName} — ${draft}assessment of ${formatIsoDate(assessment.takenOn)}`,
      fileName: reportFileName('assessment', [teamName], assessment.takenOn),
      headlines: assessmentHeadlines(cover, summary),
      overdue: overdueActionItems(source.actionItems, source.people, options.today),
      cover,
      summary,
      categories: categorySections({
        model,
        result: current.result,
        agreed,
        drills: drillRefs,
        judgedAt,
        severalRaters: assessment.raters.length >= 2,
        timeZoneOffsetMinutes: options.timeZoneOffsetMinutes,
      }),
      roadmap: roadmapOf({
        model,
        assessment,
        result: current.result,
        values: new Map([...agreed].map(([id, answer]) => [id, answer.value])),
        targets,
        actionItems: source.actionItems,
        people: source.people,
        drills: drillRefs,
        assessmentDates: new Map(
          scored.map((entry) => [entry.assessment.id, entry.assessment.takenOn]),
        ),
      }),
      drills: drillEvidence(source.drills, judgedAt, assessment.status === 'draft'),
      history: historyOf([...earlier, current], model, targets),
      scoringRule: [...SCORING_RULE, SAME_RULE_SENTENCE],
      answerScale: answerScaleInOrder(model.answerScale),
    },
  };
}

/** Oldest first (date, then creation, then id); assessments of an unknown model are left out. */
export function scoreAll(
  assessments: readonly AssessmentRecord[],
  answers: readonly AnswerRecord[],
): ScoredEntry[] {
  const byAssessment = new Map<Id, AnswerRecord[]>();
  for (const answer of answers) {
    const list = byAssessment.get(answer.assessmentId);
    if (list === undefined) byAssessment.set(answer.assessmentId, [answer]);
    else list.push(answer);
  }
  return [...assessments]
    .sort(
      (a, b) =>
        a.takenOn.localeCompare(b.takenOn) || a.createdAt - b.createdAt || a.id.localeCompare(b.id),
    )
    .flatMap((assessment) => {
      const model = findModel(assessment.modelId);
      if (model === undefined) return [];
      const plain = agreedAnswers(byAssessment.get(assessment.id) ?? []);
      return [{ assessment, model, result: scoreAssessment(model, plain) }];
    });
}

/** Page 1's figures, each with the number of categories or criteria it rests on. */
function assessmentHeadlines(cover: Cover, summary: Summary): Headline[] {
  const categories = summary.rows.length;
  const answered = cover.facts.find((fact) => fact.label === 'Criteria answered')?.value ?? '—';
  return [
    {
      label: 'Overall level',
      value: summary.overallLevel,
      detail: `the lowest of ${categories} categories`,
    },
    {
      label: 'Overall score',
      value: summary.overallScore,
      detail: `the mean of ${categories} categories`,
    },
    { label: 'Criteria answered', value: answered, detail: 'n: the criteria the figures rest on' },
  ];
}

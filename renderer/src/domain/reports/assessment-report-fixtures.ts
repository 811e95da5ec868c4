// Builds assessment report sources for tests (not used by the app): a team, its assessments
// against model v1 with agreed answers, targets, people, action items and drills.
import type { AssessmentRecord } from '../records/assessments';
import {
  AGREED_RATER_ID,
  type AnswerRecord,
  type AnswerValue,
  type EvidenceRecord,
} from '../records/answers';
import type { ActionItemRecord } from '../records/action-items';
import { criteriaOf } from '../maturity/model-types';
import { MODEL_V1 } from '../maturity/model-v1';
import { prepareDrills } from '../trends/prepare';
import { sourceOf, type DrillSpec } from '../trends/trends-fixtures';
import {
  buildAssessmentReport,
  type AssessmentReport,
  type AssessmentReportSource,
} from './assessment-report';

/** Every test judges on the same day, in UTC. */
export const OPTIONS = { today: '2026-01-15', timeZoneOffsetMinutes: 0 };

/** The report of a source that must draw. */
export function reportOf(source: AssessmentReportSource): AssessmentReport {
  const outcome = buildAssessmentReport(source, OPTIONS);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

export const TEAM = {
  id: 'team-a',
  name: 'Payments Platform',
  demo: false,
  modelId: 'mttr-maturity@1',
  createdAt: 0,
  updatedAt: 0,
};
export const CRITERIA = criteriaOf(MODEL_V1);

export function assessmentOf(
  id: string,
  takenOn: string,
  overrides: Partial<AssessmentRecord> = {},
): AssessmentRecord {
  const createdAt = Date.parse(`${takenOn}T09:00:00Z`);
  return {
    id,
    teamId: TEAM.id,
    modelId: MODEL_V1.id,
    status: 'final',
    takenOn,
    facilitator: 'Ada Lovelace',
    participants: [
      { id: 'p1', name: 'Grace Hopper' },
      { id: 'p2', name: 'Alan Turing' },
    ],
    raters: [],
    finalisedAt: createdAt + 3_600_000,
    clonedFrom: null,
    createdAt,
    updatedAt: createdAt,
    ...overrides,
  };
}

const NO_EVIDENCE: EvidenceRecord = { text: '', links: [], drillIds: [], updatedAt: 0 };

/** One agreed answer per criterion: `valueOf` decides it (null leaves it unanswered). */
export function answersOf(
  assessment: AssessmentRecord,
  valueOf: (criterionId: string, level: number) => AnswerValue | null,
  extra: Readonly<Record<string, Partial<AnswerRecord>>> = {},
): AnswerRecord[] {
  return CRITERIA.map((criterion) => ({
    id: `${assessment.id}:${criterion.id}`,
    assessmentId: assessment.id,
    teamId: TEAM.id,
    raterId: AGREED_RATER_ID,
    criterionId: criterion.id,
    value: valueOf(criterion.id, criterion.level),
    naReason: '',
    evidence: { ...NO_EVIDENCE, updatedAt: assessment.createdAt },
    createdAt: assessment.createdAt,
    updatedAt: assessment.createdAt,
    ...extra[criterion.id],
  }));
}

/** Yes up to `level`, No above it: every category at exactly that level. */
export const upTo =
  (level: number) =>
  (_id: string, criterionLevel: number): AnswerValue =>
    criterionLevel <= level ? 'yes' : 'no';

export function actionItem(
  id: string,
  overrides: Partial<ActionItemRecord> = {},
): ActionItemRecord {
  return {
    id,
    teamId: TEAM.id,
    title: `Item ${id}`,
    ownerId: 'p1',
    due: null,
    status: 'open',
    source: { kind: 'manual', id: null, criterionId: null },
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

export function preparedOf(specs: readonly DrillSpec[]) {
  return prepareDrills(sourceOf(specs), { now: Date.UTC(2030, 0, 1), timeZoneOffsetMinutes: 0 });
}

export function sourceWith(overrides: Partial<AssessmentReportSource>): AssessmentReportSource {
  const assessment = assessmentOf('a1', '2025-06-30');
  return {
    assessmentId: assessment.id,
    team: TEAM,
    assessments: [assessment],
    answers: answersOf(assessment, upTo(2)),
    targets: [],
    actionItems: [],
    people: [
      { id: 'p1', teamId: TEAM.id, name: 'Grace Hopper', role: 'SRE', createdAt: 0, updatedAt: 0 },
      { id: 'p2', teamId: TEAM.id, name: 'Alan Turing', role: 'Dev', createdAt: 0, updatedAt: 0 },
    ],
    drills: [],
    ...overrides,
  };
}

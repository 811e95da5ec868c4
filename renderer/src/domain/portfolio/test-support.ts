// Small builders for the portfolio's tests: plain records with only what the rules read.
import type { AnswerRecord, AnswerValue } from '../records/answers';
import type { AssessmentRecord } from '../records/assessments';
import type { IncidentRecord } from '../records/incidents';
import type { TargetRecord } from '../records/targets';
import type { TeamGroupRecord } from '../records/team-groups';
import type { TeamRecord } from '../records/teams';
import { INCIDENT_MILESTONES } from '../records/incidents';
import { finalAnswersOf } from '../maturity/final-answers';
import { MODEL_V1 } from '../maturity/model-v1';
import { incidentFactOf, type IncidentFact } from '../reality/prepare';
import type { PortfolioSource } from './portfolio';

const stamp = { createdAt: 0, updatedAt: 0 };

export const team = (id: string, name: string): TeamRecord => ({
  id,
  name,
  demo: false,
  modelId: MODEL_V1.id,
  ...stamp,
});

export const group = (id: string, name: string, teamIds: string[]): TeamGroupRecord => ({
  id,
  name,
  teamIds,
  ...stamp,
});

export const assessment = (
  id: string,
  teamId: string,
  takenOn: string,
  status: 'draft' | 'final' = 'final',
): AssessmentRecord =>
  ({
    id,
    teamId,
    modelId: MODEL_V1.id,
    status,
    takenOn,
    finalisedAt: status === 'final' ? 1 : null,
    ...stamp,
  }) as unknown as AssessmentRecord;

/** Agreed answers lifting a category to `level`: every criterion up to it Yes, the rest No. */
export function answersFor(
  assessmentId: string,
  teamId: string,
  levels: Record<string, number>,
  evidenceAt = 0,
): AnswerRecord[] {
  return MODEL_V1.categories.flatMap((category) =>
    category.levels.flatMap((level) =>
      level.criteria.map((criterion): AnswerRecord => {
        const value: AnswerValue = level.level <= (levels[category.id] ?? 1) ? 'yes' : 'no';
        return {
          id: `${assessmentId}-${criterion.id}`,
          assessmentId,
          teamId,
          raterId: 'agreed',
          criterionId: criterion.id,
          value,
          naReason: '',
          evidence: {
            text: evidenceAt > 0 ? 'runbook' : '',
            links: [],
            drillIds: [],
            updatedAt: evidenceAt,
          },
          ...stamp,
        };
      }),
    ),
  );
}

/** Answers by assessment as the read model keeps them: the agreed ones, and their evidence's dates. */
export function asFacts(
  byAssessment: ReadonlyMap<string, readonly AnswerRecord[]>,
): Pick<PortfolioSource, 'answersByAssessment' | 'evidenceByAssessment'> {
  const facts = [...byAssessment].flatMap(
    ([id, answers]) =>
      finalAnswersOf({ id, teamId: answers[0]?.teamId ?? '', status: 'final' }, answers) ?? [],
  );
  return {
    answersByAssessment: new Map(facts.map((fact) => [fact.id, fact.answers])),
    evidenceByAssessment: new Map(facts.map((fact) => [fact.id, fact.evidence])),
  };
}

export const target = (teamId: string, categoryId: string, level: number): TargetRecord => ({
  id: `${teamId}-${categoryId}`,
  teamId,
  categoryId,
  level,
  ...stamp,
});

const MIN = 60_000;

/** Incidents as the portfolio reads them: measured, recovered ones only (as the database keeps). */
export const incidentFacts = (...records: IncidentRecord[]): IncidentFact[] =>
  records.flatMap((record) => incidentFactOf(record) ?? []);

export const incident = (
  id: string,
  teamId: string,
  recoveredIso: string,
  minutes: number,
  state: 'recovered' | 'open' = 'recovered',
): IncidentRecord => {
  const recovered = Date.parse(recoveredIso);
  const milestone = (at: number) => ({ at, field: 'x', raw: '' });
  return {
    id,
    teamId,
    state,
    milestones: {
      ...Object.fromEntries(INCIDENT_MILESTONES.map((m) => [m, null])),
      detected: milestone(recovered - minutes * MIN),
      recovered: milestone(recovered),
    },
  } as unknown as IncidentRecord;
};

export const EMPTY_SOURCE: PortfolioSource = {
  teams: [],
  groups: [],
  assessments: [],
  answersByAssessment: new Map(),
  evidenceByAssessment: new Map(),
  targets: [],
  drills: [],
  incidents: [],
  models: new Map([[MODEL_V1.id, MODEL_V1]]),
};

export const OPTIONS = { today: '2026-12-01', zone: () => 0 };
export { MIN };

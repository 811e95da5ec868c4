// All of a team's assessments with their scored results, oldest first, plus the team's targets:
// what the list, history, targets and comparison screens all start from.
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { MaturityModel } from '../../domain/maturity/model-types';
import { findModel } from '../../domain/maturity/models';
import type { AssessmentResult } from '../../domain/maturity/scoring';
import { indexAnswers, resultOf, type AnswersByRater } from '../../domain/maturity/assessment-view';

export interface ScoredAssessment {
  readonly assessment: AssessmentRecord;
  readonly model: MaturityModel;
  readonly answers: AnswersByRater;
  readonly result: AssessmentResult;
}

export interface TeamAssessments {
  readonly scored: readonly ScoredAssessment[];
  readonly targets: ReadonlyMap<string, number>;
}

export function useTeamAssessments(teamId: Id): TeamAssessments | undefined {
  return useLive(async () => {
    const [assessments, answers, targets] = await Promise.all([
      repos.assessments.listForTeam(teamId),
      repos.assessments.answersForTeam(teamId),
      repos.targets.listForTeam(teamId),
    ]);
    const scored = assessments.flatMap((assessment): ScoredAssessment[] => {
      const model = findModel(assessment.modelId);
      if (!model) return [];
      const indexed = indexAnswers(answers.filter((a) => a.assessmentId === assessment.id));
      return [{ assessment, model, answers: indexed, result: resultOf(model, indexed) }];
    });
    return {
      scored,
      targets: new Map(targets.map((target) => [target.categoryId, target.level])),
    };
  }, [teamId]);
}

/** The latest final assessment taken before `assessment` (by date), if any. */
export function previousFinal(
  scored: readonly ScoredAssessment[],
  assessment: AssessmentRecord,
): ScoredAssessment | undefined {
  const index = scored.findIndex((entry) => entry.assessment.id === assessment.id);
  return scored
    .slice(0, index === -1 ? scored.length : index)
    .filter((entry) => entry.assessment.status === 'final')
    .at(-1);
}

export function latestFinal(scored: readonly ScoredAssessment[]): ScoredAssessment | undefined {
  return scored.filter((entry) => entry.assessment.status === 'final').at(-1);
}

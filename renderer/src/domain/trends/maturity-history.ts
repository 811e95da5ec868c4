// Maturity score history: final assessments only (a draft's figures may still change), in the
// order they were taken, each scored with the model it was taken against.
import type { Id, IsoDate } from '../records/common';
import { findModel } from '../maturity/models';
import { scoreAssessment } from '../maturity/scoring';
import type { ScoredSource } from './prepare';

export interface ScorePoint {
  readonly assessmentId: Id;
  readonly takenOn: IsoDate;
  /** 1.0–5.0. */
  readonly score: number;
}

export interface ScoreLine {
  readonly id: string;
  readonly label: string;
  readonly points: readonly ScorePoint[];
}

export interface MaturityHistory {
  /** One team: a line per category. All teams: a line per team (its overall score). */
  readonly by: 'category' | 'team';
  readonly lines: readonly ScoreLine[];
  readonly assessments: number;
}

interface Scored {
  readonly assessmentId: Id;
  readonly teamId: Id;
  readonly takenOn: IsoDate;
  readonly overall: number;
  readonly categories: readonly { id: string; name: string; score: number }[];
}

function scoreAll(source: ScoredSource, teamId: Id | null): Scored[] {
  const scored: Scored[] = [];
  for (const assessment of source.assessments) {
    if (assessment.status !== 'final') continue;
    if (teamId !== null && assessment.teamId !== teamId) continue;
    const model = findModel(assessment.modelId);
    if (model === undefined) continue;
    const result = scoreAssessment(model, source.answersByAssessment.get(assessment.id) ?? []);
    scored.push({
      assessmentId: assessment.id,
      teamId: assessment.teamId,
      takenOn: assessment.takenOn,
      overall: result.overallScore,
      categories: result.categories.map((category, index) => ({
        id: category.categoryId,
        name: model.categories[index]?.name ?? category.categoryId,
        score: category.score,
      })),
    });
  }
  return scored.sort((a, b) => a.takenOn.localeCompare(b.takenOn));
}

export function maturityHistory(source: ScoredSource, teamId: Id | null): MaturityHistory {
  const scored = scoreAll(source, teamId);
  const lines = new Map<string, { label: string; points: ScorePoint[] }>();
  const add = (id: string, label: string, point: ScorePoint) => {
    const line = lines.get(id);
    if (line === undefined) lines.set(id, { label, points: [point] });
    else line.points.push(point);
  };
  const teamNames = new Map(source.teams.map((team) => [team.id, team.name]));
  const by = teamId === null && teamNames.size !== 1 ? 'team' : 'category';
  for (const entry of scored) {
    const base = { assessmentId: entry.assessmentId, takenOn: entry.takenOn };
    if (by === 'team') {
      add(entry.teamId, teamNames.get(entry.teamId) ?? 'Deleted team', {
        ...base,
        score: entry.overall,
      });
    } else {
      for (const category of entry.categories) {
        add(category.id, category.name, { ...base, score: category.score });
      }
    }
  }
  return {
    by,
    lines: [...lines.entries()].map(([id, line]) => ({ id, ...line })),
    assessments: scored.length,
  };
}

import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../maturity/assessment-rules';
import { criteriaOf } from '../maturity/model-types';
import { MODEL_V1 } from '../maturity/model-v1';
import { scoreAssessment } from '../maturity/scoring';
import { DAY_MS, DEMO_HISTORY_DAYS } from './dataset';
import { generateDemoData } from './generate-demo';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const SEEDS = [1, 7, 2026];

describe('demo assessments', () => {
  it.each(SEEDS)(
    'gives every team six quarterly final assessments, fully answered (seed %d)',
    (seed) => {
      const data = generateDemoData({ seed, now: NOW });
      for (const team of data.teams) {
        const assessments = data.assessments.filter((a) => a.teamId === team.id);
        expect(assessments).toHaveLength(6);
        const days = assessments.map((a) => Date.parse(a.takenOn));
        for (let i = 1; i < days.length; i += 1) {
          const gap = ((days[i] ?? 0) - (days[i - 1] ?? 0)) / DAY_MS;
          expect(gap).toBeGreaterThanOrEqual(89);
          expect(gap).toBeLessThanOrEqual(93);
        }
        expect(days[0]).toBeGreaterThan(NOW - DEMO_HISTORY_DAYS * DAY_MS);
        for (const assessment of assessments) {
          expect(assessment.status).toBe('final');
          expect(assessment.updatedAt).toBeLessThanOrEqual(NOW);
          const answers = data.answers.filter((a) => a.assessmentId === assessment.id);
          expect(answers.map((a) => a.criterionId).sort()).toEqual(
            criteriaOf(MODEL_V1)
              .map((c) => c.id)
              .sort(),
          );
          for (const answer of answers) expect(validateAnswer(answer).ok).toBe(true);
        }
        expect(data.targets.filter((t) => t.teamId === team.id)).toHaveLength(4);
      }
    },
  );

  it.each(SEEDS)(
    'shows improvement overall, with at least one regression somewhere (seed %d)',
    (seed) => {
      const data = generateDemoData({ seed, now: NOW });
      let regressions = 0;
      for (const team of data.teams) {
        const scores = data.assessments
          .filter((a) => a.teamId === team.id)
          .map((a) =>
            scoreAssessment(
              MODEL_V1,
              data.answers.filter((x) => x.assessmentId === a.id),
            ),
          );
        expect(scores.at(-1)?.overallScore).toBeGreaterThan((scores[0]?.overallScore ?? 5) + 0.3);
        for (let i = 1; i < scores.length; i += 1) {
          scores[i]?.categories.forEach((category, c) => {
            if (category.score < (scores[i - 1]?.categories[c]?.score ?? 0) - 0.2) regressions += 1;
          });
        }
      }
      expect(regressions).toBeGreaterThan(0);
    },
  );
});

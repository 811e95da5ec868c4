import { describe, expect, it } from 'vitest';
import { agreedAnswers, type PlainAnswer } from './answers';
import { criteriaOf } from './model-types';
import { MODEL_V1 } from './model-v1';
import { scoreAssessment, type CategoryResult } from './scoring';
import { AGREED_RATER_ID, type AnswerValue } from '../records/answers';

type LevelAnswers = Partial<Record<2 | 3 | 4 | 5, readonly AnswerValue[]>>;

/** Answers for one category, level by level, in the model's criterion order. */
function answersFor(categoryId: string, levels: LevelAnswers): PlainAnswer[] {
  const category = MODEL_V1.categories.find((entry) => entry.id === categoryId);
  if (!category) throw new Error(categoryId);
  return category.levels.flatMap((level) =>
    level.criteria.flatMap((criterion, index) => {
      const value = levels[level.level]?.[index];
      return value === undefined ? [] : [{ criterionId: criterion.id, value }];
    }),
  );
}

const all = (value: AnswerValue, count: number): AnswerValue[] =>
  Array<AnswerValue>(count).fill(value);

function category(answers: readonly PlainAnswer[], categoryId: string): CategoryResult {
  const found = scoreAssessment(MODEL_V1, answers).categories.find(
    (entry) => entry.categoryId === categoryId,
  );
  if (!found) throw new Error(categoryId);
  return found;
}

// Criteria per level (2, 3, 4, 5): people 3 3 2 3 · process 2 3 3 2 · technology 2 3 2 3 ·
// measurement 2 2 3 2. Pattern of every hand-worked example for "level L": the levels up to L are
// all Mostly, level L+1 has Partly first and Yes for the rest (not met), and every level above is
// No. So the score is L + mean(level L+1): ⅔ for a next level of 2 criteria, 7/9 for one of 3.
const SIZES: Record<string, readonly [number, number, number, number]> = {
  people: [3, 3, 2, 3],
  process: [2, 3, 3, 2],
  technology: [2, 3, 2, 3],
  measurement: [2, 2, 3, 2],
};

function pattern(categoryId: string, target: number): LevelAnswers {
  const sizes = SIZES[categoryId] ?? [0, 0, 0, 0];
  const levels: LevelAnswers = {};
  for (const level of [2, 3, 4, 5] as const) {
    const size = sizes[level - 2] ?? 0;
    if (level <= target) levels[level] = all('mostly', size);
    else if (level === target + 1) levels[level] = ['partly', ...all('yes', size - 1)];
    else levels[level] = all('no', size);
  }
  return levels;
}

const HAND_WORKED: readonly (readonly [string, number, number])[] = [
  // category, level, score worked by hand: the level plus the mean of the next level
  ['people', 1, 1 + 7 / 9],
  ['people', 2, 2 + 7 / 9],
  ['people', 3, 3 + 2 / 3],
  ['people', 4, 4 + 7 / 9],
  ['people', 5, 5],
  ['process', 1, 1 + 2 / 3],
  ['process', 2, 2 + 7 / 9],
  ['process', 3, 3 + 7 / 9],
  ['process', 4, 4 + 2 / 3],
  ['process', 5, 5],
  ['technology', 1, 1 + 2 / 3],
  ['technology', 2, 2 + 7 / 9],
  ['technology', 3, 3 + 2 / 3],
  ['technology', 4, 4 + 7 / 9],
  ['technology', 5, 5],
  ['measurement', 1, 1 + 2 / 3],
  ['measurement', 2, 2 + 2 / 3],
  ['measurement', 3, 3 + 7 / 9],
  ['measurement', 4, 4 + 2 / 3],
  ['measurement', 5, 5],
];

describe('scoreAssessment: hand-worked examples', () => {
  it.each(HAND_WORKED)('%s at level %d scores %f', (categoryId, level, score) => {
    const result = category(answersFor(categoryId, pattern(categoryId, level)), categoryId);
    expect(result.level).toBe(level);
    expect(result.score).toBeCloseTo(score, 10);
    expect(result.progress).toBeCloseTo(score - level, 10);
    expect(result.unanswered).toBe(0);
  });

  it('gives 5.0 for all Yes and 1.0 for all No', () => {
    const yes = criteriaOf(MODEL_V1).map((c) => ({ criterionId: c.id, value: 'yes' as const }));
    const no = criteriaOf(MODEL_V1).map((c) => ({ criterionId: c.id, value: 'no' as const }));
    expect(scoreAssessment(MODEL_V1, yes)).toMatchObject({
      overallLevel: 5,
      overallScore: 5,
      provisional: false,
    });
    expect(scoreAssessment(MODEL_V1, no)).toMatchObject({
      overallLevel: 1,
      overallScore: 1,
      provisional: false,
    });
  });

  it('counts Partly as not met, even when everything else is Yes', () => {
    const result = category(
      answersFor('people', {
        2: ['yes', 'partly', 'yes'],
        3: all('yes', 3),
        4: all('yes', 2),
        5: all('yes', 3),
      }),
      'people',
    );
    expect(result.level).toBe(1);
    // Level 1 and 7/9 of the way to level 2: the levels above the next one do not count, so the
    // score never runs ahead of the level ("level 1, score 4.8" could not be read).
    expect(result.score).toBeCloseTo(1 + 7 / 9, 10);
    expect(result.levels.map((level) => [level.met, level.achieved])).toEqual([
      [false, false],
      [true, false],
      [true, false],
      [true, false],
    ]);
  });

  it('takes the lowest category level and the mean category score overall', () => {
    const answers = [
      ...answersFor('people', pattern('people', 2)),
      ...answersFor('process', pattern('process', 3)),
      ...answersFor('technology', pattern('technology', 4)),
      ...answersFor('measurement', pattern('measurement', 5)),
    ];
    const result = scoreAssessment(MODEL_V1, answers);
    expect(result.categories.map((entry) => entry.level)).toEqual([2, 3, 4, 5]);
    expect(result.overallLevel).toBe(2);
    expect(result.overallScore).toBeCloseTo((2 + 7 / 9 + (3 + 7 / 9) + (4 + 7 / 9) + 5) / 4, 10);
  });
});

describe('scoreAssessment: not applicable', () => {
  it('leaves N/A criteria out of the level mean and out of achievement', () => {
    const result = category(
      answersFor('people', {
        2: ['yes', 'na', 'mostly'],
        3: ['na', 'partly', 'no'],
        4: all('no', 2),
        5: all('no', 3),
      }),
      'people',
    );
    expect(result.levels[0]).toMatchObject({ applicable: 2, met: true, achieved: true });
    expect(result.levels[0]?.mean).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(result.levels[1]?.mean).toBeCloseTo(1 / 6, 10);
    expect(result.level).toBe(2);
    expect(result.score).toBeCloseTo(2 + 1 / 6, 10);
  });

  it('treats a level with every criterion N/A as met: achieved when the level below is', () => {
    const result = category(
      answersFor('process', {
        2: all('yes', 2),
        3: all('na', 3),
        4: all('mostly', 3),
        5: all('no', 2),
      }),
      'process',
    );
    expect(result.levels[1]).toMatchObject({ applicable: 0, mean: 1, met: true, achieved: true });
    expect(result.level).toBe(4);
    // Level 5 is all No: level 4 and no progress toward 5.
    expect(result.score).toBe(4);
  });

  it('measures progress against the first level not achieved when the next one is all N/A', () => {
    const result = category(
      answersFor('process', {
        2: all('yes', 2),
        3: all('na', 3),
        4: ['yes', 'partly', 'no'],
        5: all('yes', 2),
      }),
      'process',
    );
    expect(result.level).toBe(3);
    expect(result.progress).toBeCloseTo(4 / 9, 10);
    expect(result.score).toBeCloseTo(3 + 4 / 9, 10);
  });

  it('reaches level 5 through an all-N/A level 4', () => {
    const result = category(
      answersFor('people', {
        2: all('yes', 3),
        3: all('mostly', 3),
        4: all('na', 2),
        5: ['yes', 'mostly', 'yes'],
      }),
      'people',
    );
    expect(result).toMatchObject({ level: 5, progress: 0, score: 5 });
  });

  it('does not let an all-N/A level be achieved above an unachieved one, nor count it', () => {
    const result = category(
      answersFor('technology', {
        2: ['no', 'yes'],
        3: all('na', 3),
        4: all('yes', 2),
        5: all('yes', 3),
      }),
      'technology',
    );
    expect(result.levels[1]).toMatchObject({ met: true, achieved: false });
    expect(result.level).toBe(1);
    expect(result.score).toBeCloseTo(1 + 0.5, 10);
  });

  it('scores a category answered N/A throughout as level 5, 5.0', () => {
    const result = category(
      answersFor('measurement', {
        2: all('na', 2),
        3: all('na', 2),
        4: all('na', 3),
        5: all('na', 2),
      }),
      'measurement',
    );
    expect(result).toMatchObject({ level: 5, score: 5, unanswered: 0 });
  });
});

describe('scoreAssessment: unanswered criteria', () => {
  it('scores an empty draft as level 1, 1.0, provisional with every criterion unanswered', () => {
    const result = scoreAssessment(MODEL_V1, []);
    expect(result).toMatchObject({
      overallLevel: 1,
      overallScore: 1,
      unanswered: 40,
      provisional: true,
    });
  });

  it('counts an unanswered criterion as No for the level and the score', () => {
    const answered = category(
      answersFor('people', { 2: ['yes', 'yes', 'no'], 3: all('yes', 3) }),
      'people',
    );
    const gap = category(answersFor('people', { 2: ['yes', 'yes'], 3: all('yes', 3) }), 'people');
    expect(gap.level).toBe(1);
    expect(gap.score).toBeCloseTo(answered.score, 10);
    expect(gap.unanswered).toBe(1 + 2 + 3);
    expect(gap.levels.map((level) => level.unanswered)).toEqual([1, 0, 2, 3]);
  });

  it('keeps a provisional result on the same scale: an unanswered next-level criterion is no progress', () => {
    const result = scoreAssessment(
      MODEL_V1,
      answersFor('people', { 2: all('yes', 3), 3: ['yes', 'mostly'] }),
    );
    const people = result.categories[0];
    expect(people).toMatchObject({ level: 2, unanswered: 1 + 2 + 3 });
    expect(people?.score).toBeCloseTo(2 + (1 + 2 / 3) / 3, 10);
    expect(result.provisional).toBe(true);
  });

  it('does not change the score for unanswered criteria above the next level, but stays provisional', () => {
    const partial = answersFor('process', { 2: all('yes', 2), 3: ['yes', 'no', 'no'] });
    const full = answersFor('process', {
      2: all('yes', 2),
      3: ['yes', 'no', 'no'],
      4: all('yes', 3),
      5: all('yes', 2),
    });
    const [provisional, settled] = [partial, full].map((answers) => category(answers, 'process'));
    expect(provisional?.score).toBeCloseTo(2 + 1 / 3, 10);
    expect(settled?.score).toBeCloseTo(2 + 1 / 3, 10);
    expect(provisional?.unanswered).toBe(5);
  });

  it('treats an explicit null like a missing answer', () => {
    const withNull = answersFor('process', { 2: ['yes', 'yes'] }).concat({
      criterionId: 'process.3.runbooks',
      value: null,
    });
    expect(category(withNull, 'process')).toEqual(
      category(answersFor('process', { 2: ['yes', 'yes'] }), 'process'),
    );
  });

  it('is no longer provisional once every criterion has an answer, N/A included', () => {
    const answers = criteriaOf(MODEL_V1).map((c, i): PlainAnswer => ({
      criterionId: c.id,
      value: i % 2 === 0 ? 'na' : 'partly',
    }));
    expect(scoreAssessment(MODEL_V1, answers).provisional).toBe(false);
  });

  it('ignores answers to criteria the model does not have', () => {
    const answers = [{ criterionId: 'people.9.unknown', value: 'yes' as const }];
    expect(scoreAssessment(MODEL_V1, answers)).toEqual(scoreAssessment(MODEL_V1, []));
  });
});

describe('mixed raters', () => {
  const rated = (raterId: string, value: AnswerValue) =>
    criteriaOf(MODEL_V1)
      .filter((c) => c.categoryId === 'people')
      .map((c) => ({ raterId, criterionId: c.id, value }));

  it('scores only the agreed answers, never a rater’s own', () => {
    const answers = [
      ...rated('rater-a', 'yes'),
      ...rated('rater-b', 'no'),
      ...rated(AGREED_RATER_ID, 'mostly'),
    ];
    const result = scoreAssessment(MODEL_V1, agreedAnswers(answers));
    expect(result.categories[0]).toMatchObject({ level: 5, score: 5 });
  });

  it('leaves a criterion unanswered when only raters answered it', () => {
    const answers = [...rated('rater-a', 'yes'), ...rated('rater-b', 'yes')];
    const result = scoreAssessment(MODEL_V1, agreedAnswers(answers));
    expect(result.categories[0]).toMatchObject({ level: 1, score: 1, unanswered: 11 });
    expect(result.provisional).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../records/assessments';
import { criteriaOf } from '../maturity/model-types';
import { CURRENT_MODEL } from '../maturity/models';
import { maturityHistory } from './maturity-history';
import { resolvePeriod, NO_FILTERS } from './filters';
import { sourceOf } from './trends-fixtures';

const assessment = (
  id: string,
  teamId: string,
  takenOn: string,
  status: 'final' | 'draft' = 'final',
): AssessmentRecord => ({
  id,
  teamId,
  takenOn,
  status,
  modelId: CURRENT_MODEL.id,
  facilitator: '',
  participants: [],
  raters: [],
  finalisedAt: status === 'final' ? 1 : null,
  clonedFrom: null,
  createdAt: 0,
  updatedAt: 0,
});
const all = (value: 'yes' | 'no') =>
  criteriaOf(CURRENT_MODEL).map((c) => ({ criterionId: c.id, value }));

describe('maturityHistory', () => {
  const source = sourceOf([], {
    assessments: [
      assessment('later', 'team-a', '2025-06-01'),
      assessment('earlier', 'team-a', '2025-01-01'),
      assessment('draft', 'team-a', '2025-09-01', 'draft'),
      assessment('other-team', 'team-b', '2025-03-01'),
    ],
    answersByAssessment: new Map([
      ['earlier', all('no')],
      ['later', all('yes')],
      ['draft', all('yes')],
      ['other-team', all('yes')],
    ]),
  });

  it('gives one line per category for a team, final assessments only, oldest first', () => {
    const history = maturityHistory(source, 'team-a');
    expect(history.by).toBe('category');
    expect(history.assessments).toBe(2);
    expect(history.lines).toHaveLength(CURRENT_MODEL.categories.length);
    expect(history.lines[0]?.points.map((p) => [p.takenOn, p.score])).toEqual([
      ['2025-01-01', 1],
      ['2025-06-01', 5],
    ]);
  });

  it('gives one line per team (overall score) across all teams', () => {
    const history = maturityHistory(source, null);
    expect(history.by).toBe('team');
    expect(history.lines.map((line) => [line.label, line.points.length])).toEqual([
      ['Alpha', 2],
      ['Bravo', 1],
    ]);
  });
});

describe('resolvePeriod', () => {
  it('turns presets into date ranges ending today, both ends included', () => {
    const today = '2025-08-31';
    expect(resolvePeriod({ ...NO_FILTERS, period: '90d' }, today)).toEqual({
      from: '2025-06-03',
      to: today,
    });
    expect(resolvePeriod({ ...NO_FILTERS, period: '6m' }, today)).toEqual({
      from: '2025-03-01',
      to: today,
    });
    expect(resolvePeriod({ ...NO_FILTERS, period: '12m' }, today)).toEqual({
      from: '2024-09-01',
      to: today,
    });
    expect(resolvePeriod({ ...NO_FILTERS, period: 'all' }, today)).toEqual({
      from: null,
      to: null,
    });
  });

  it('ignores a custom date that is not a real date', () => {
    expect(
      resolvePeriod(
        { ...NO_FILTERS, period: 'custom', from: '2025-02-30', to: '2025-03-01' },
        '2025-08-31',
      ),
    ).toEqual({ from: null, to: '2025-03-01' });
  });
});

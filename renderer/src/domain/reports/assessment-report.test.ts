import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from '../maturity/model-v1';
import { SAME_RULE_SENTENCE, SCORING_RULE } from '../maturity/scoring-rule';
import {
  buildAssessmentReport,
  MISSING_ASSESSMENT,
  scoreAll,
  type AssessmentReport,
} from './assessment-report';
import {
  actionItem,
  answersOf,
  assessmentOf,
  CRITERIA,
  OPTIONS,
  preparedOf,
  reportOf,
  sourceWith,
  TEAM,
  upTo,
} from './assessment-report-fixtures';
import { DRAFT_NOTICE } from './assessment-report-summary';
import { FULL } from '../trends/trends-fixtures';

const fact = (report: AssessmentReport, label: string) =>
  report.cover.facts.find((entry) => entry.label === label)?.value;

describe('buildAssessmentReport: what cannot be drawn', () => {
  it('says so when the assessment no longer exists', () => {
    expect(buildAssessmentReport(sourceWith({ assessmentId: 'gone' }), OPTIONS)).toEqual({
      ok: false,
      problem: { message: MISSING_ASSESSMENT },
    });
  });

  it('says so when the assessment uses a model this version does not know', () => {
    const odd = assessmentOf('a1', '2025-06-30', { modelId: 'someone-else@9' });
    const outcome = buildAssessmentReport(sourceWith({ assessments: [odd] }), OPTIONS);
    expect(outcome).toEqual({
      ok: false,
      problem: {
        message:
          'This assessment uses a maturity model (someone-else@9) this version of MTTR Studio does not know.',
      },
    });
  });
});

describe('buildAssessmentReport: cover', () => {
  it('names the team, date, model, status, facilitator, participants and raters', () => {
    const report = reportOf(sourceWith({}));
    expect(report.title).toBe('Payments Platform — assessment of 30 Jun 2025');
    expect(report.fileName).toBe('mttr-assessment-payments-platform-2025-06-30.pdf');
    expect(report.cover.facts).toEqual([
      { label: 'Team', value: 'Payments Platform' },
      { label: 'Assessment date', value: '30 Jun 2025' },
      { label: 'Maturity model', value: 'MTTR recovery maturity, version 1 (mttr-maturity@1)' },
      { label: 'Status', value: 'Final' },
      { label: 'Facilitator', value: 'Ada Lovelace' },
      { label: 'Participants', value: 'Grace Hopper, Alan Turing' },
      {
        label: 'Raters',
        value: 'No independent raters: the answers were agreed in the session',
      },
      { label: 'Criteria answered', value: `${CRITERIA.length} of ${CRITERIA.length}` },
    ]);
    expect(report.cover.notices).toEqual([]);
    expect(report.scoringRule).toEqual([...SCORING_RULE, SAME_RULE_SENTENCE]);
    expect(report.answerScale.map((answer) => answer.label)).toEqual([
      'No',
      'Partly',
      'Mostly',
      'Yes',
      'Not applicable',
    ]);
    expect(report.answerScale[1]?.meaning).toBe(
      'True for some of the services or incidents, or only some of the time.',
    );
  });

  it('says clearly that a draft is a draft, and marks provisional figures', () => {
    const draft = assessmentOf('a1', '2025-06-30', {
      status: 'draft',
      finalisedAt: null,
      participants: [],
      raters: [
        { id: 'r1', name: 'Grace Hopper' },
        { id: 'r2', name: 'Alan Turing' },
      ],
    });
    const answers = answersOf(draft, (id, level) =>
      id.startsWith('people.') ? null : upTo(2)(id, level),
    );
    const report = reportOf(sourceWith({ assessments: [draft], answers }));
    expect(report.title).toBe('Payments Platform — draft assessment of 30 Jun 2025');
    expect(fact(report, 'Status')).toBe('Draft (not final)');
    expect(fact(report, 'Participants')).toBe('None recorded');
    expect(fact(report, 'Raters')).toBe(
      'Grace Hopper, Alan Turing, rating independently; the agreed answers are scored',
    );
    expect(report.cover.notices[0]).toBe(DRAFT_NOTICE);
    expect(report.cover.notices[1]).toMatch(/^Provisional: 11 criteria have no agreed answer yet/);
    expect(report.summary.overallLevel).toBe('1 · Initial (provisional)');
    expect(report.summary.rows[0]?.level).toBe('1 · Initial (provisional)');
    // Every criterion of the other categories is agreed: their levels can no longer change.
    expect(report.summary.rows[1]?.level).toBe('2 · Managed');
    expect(report.categories[0]?.unanswered).toBe(
      '11 criteria have no agreed answer yet: counted as No until agreed.',
    );
    expect(report.categories[1]?.unanswered).toBeNull();
  });

  it('speaks of answers, not agreed answers, when nobody rates apart', () => {
    const answers = answersOf(assessmentOf('a1', '2025-06-30'), (id, level) =>
      id === CRITERIA[0]?.id ? null : upTo(2)(id, level),
    );
    const report = reportOf(sourceWith({ answers }));
    expect(report.cover.notices).toEqual([
      'Provisional: 1 criterion has no answer yet: it counts as No until answered. Figures marked “provisional” may still change.',
    ]);
    expect(report.categories[0]?.unanswered).toBe(
      '1 criterion is unanswered: counted as No until answered.',
    );
  });

  it('names a team that has been deleted as such', () => {
    const report = reportOf(sourceWith({ team: undefined }));
    expect(report.title).toBe('A deleted team — assessment of 30 Jun 2025');
  });
});

describe('buildAssessmentReport: summary', () => {
  const first = assessmentOf('a0', '2024-12-15');
  const draftBetween = assessmentOf('a05', '2025-03-01', { status: 'draft' });
  const current = assessmentOf('a1', '2025-06-30');
  const later = assessmentOf('a2', '2025-09-30');
  const source = sourceWith({
    assessments: [later, current, draftBetween, first],
    answers: [
      ...answersOf(first, upTo(1)),
      ...answersOf(draftBetween, upTo(4)),
      ...answersOf(current, upTo(3)),
      ...answersOf(later, upTo(5)),
    ],
    targets: [
      { id: 't1', teamId: TEAM.id, categoryId: 'people', level: 4, createdAt: 0, updatedAt: 0 },
    ],
  });

  it('gives the overall level and one row per category in model order', () => {
    const { summary } = reportOf(source);
    expect(summary.overallLevel).toBe('3 · Defined');
    expect(summary.overallScore).toBe('3.0');
    expect(summary.rows.map((row) => row.name)).toEqual(MODEL_V1.categories.map((c) => c.name));
    expect(summary.rows[0]).toEqual({
      categoryId: 'people',
      name: 'People & Culture',
      level: '3 · Defined',
      score: '3.0',
      target: '4 · Quantitatively managed',
      previous: '1 · 1.0',
    });
    expect(summary.rows[1]?.target).toBe('—');
  });

  it('compares with the latest final assessment before this one, as the result screen does', () => {
    const { summary } = reportOf(source);
    expect(summary.previousNote).toBe(
      '“Previous” is the final assessment of 15 Dec 2024 (level · score).',
    );
    expect(summary.radar.series).toEqual([
      { name: 'This assessment', variant: 'current', values: [3, 3, 3, 3] },
      { name: 'Previous (15 Dec 2024)', variant: 'previous', values: [1, 1, 1, 1] },
      { name: 'Target level', variant: 'target', values: [4, null, null, null] },
    ]);
    expect(summary.radar.axes).toEqual(MODEL_V1.categories.map((c) => c.name));
  });

  it('says when there is nothing to compare with', () => {
    const { summary } = reportOf(sourceWith({}));
    expect(summary.previousNote).toBe('There is no earlier final assessment to compare with.');
    expect(summary.rows[0]?.previous).toBe('—');
    expect(summary.radar.series[1]).toEqual({
      name: 'Previous assessment',
      variant: 'previous',
      values: [null, null, null, null],
    });
  });

  it('draws the level history of the final assessments up to this one', () => {
    const { history } = reportOf(source);
    expect(history?.categories.map((c) => c.points)).toEqual(
      MODEL_V1.categories.map(() => [
        { label: 'Dec 2024', level: 1 },
        { label: 'Jun 2025', level: 3 },
      ]),
    );
    expect(history?.categories[0]?.target).toBe(4);
    expect(history?.categories[1]?.target).toBeNull();
    expect(history?.levelNames).toEqual(MODEL_V1.levels.map((l) => l.name));
  });

  it('has no history with a single final assessment', () => {
    expect(reportOf(sourceWith({})).history).toBeNull();
  });
});

describe('buildAssessmentReport: determinism', () => {
  it('prints the same report whatever order the records arrive in', () => {
    const a0 = assessmentOf('a0', '2024-12-15');
    const a1 = assessmentOf('a1', '2025-06-30');
    const answers = [...answersOf(a0, upTo(2)), ...answersOf(a1, upTo(3))];
    const items = ['x', 'y', 'z'].map((id, i) =>
      actionItem(id, { due: i === 1 ? null : '2025-08-01', title: i === 2 ? 'Same' : `T${i}` }),
    );
    const drills = preparedOf([
      { id: 'd2', day: 20, phases: FULL },
      { id: 'd1', day: 20, phases: FULL },
      { id: 'd3', day: 40, phases: [1, 1, 1, 1, 1, 1] },
    ]);
    const forward = sourceWith({ assessments: [a0, a1], answers, actionItems: items, drills });
    const backward = sourceWith({
      assessments: [a1, a0],
      answers: [...answers].reverse(),
      actionItems: [...items].reverse(),
      drills: [...drills].reverse(),
    });
    expect(reportOf(backward)).toEqual(reportOf(forward));
  });

  it('orders a team’s assessments by date, then creation, then id', () => {
    const a = assessmentOf('b', '2025-01-01', { createdAt: 5 });
    const b = assessmentOf('a', '2025-01-01', { createdAt: 5 });
    const c = assessmentOf('c', '2025-01-01', { createdAt: 1 });
    const d = assessmentOf('d', '2024-01-01', { modelId: 'unknown@1' });
    expect(scoreAll([a, b, c, d], []).map((entry) => entry.assessment.id)).toEqual(['c', 'a', 'b']);
  });
});

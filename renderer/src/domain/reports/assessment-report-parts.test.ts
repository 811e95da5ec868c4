import { describe, expect, it } from 'vitest';
import { MODEL_V1 } from '../maturity/model-v1';
import { STALE_LABEL } from '../maturity/evidence-age';
import { FULL } from '../trends/trends-fixtures';
import { DELETED_DRILL } from './assessment-report-criteria';
import {
  actionItem,
  answersOf,
  assessmentOf,
  CRITERIA,
  preparedOf,
  reportOf,
  sourceWith,
  TEAM,
  upTo,
} from './assessment-report-fixtures';
import { ACTION_ITEMS_RULE } from './assessment-report-roadmap';

const A1 = assessmentOf('a1', '2025-06-30');
// Drills of the fixtures run on 2025-01-01 + day.
const DRILLS = preparedOf([
  { id: 'd-b', day: 100, phases: FULL },
  { id: 'd-a', day: 100, phases: FULL },
  { id: 'd-old', day: -400, phases: FULL },
]);

describe('category sections', () => {
  it('lists every criterion, by level then model order, category by category', () => {
    const report = reportOf(sourceWith({}));
    expect(report.categories.map((c) => c.name)).toEqual(MODEL_V1.categories.map((c) => c.name));
    expect(report.categories.flatMap((c) => c.rows.map((r) => r.id))).toEqual(
      CRITERIA.map((c) => c.id),
    );
    expect(report.categories[0]?.headline).toBe('Level 2 · Managed · score 2.0');
    expect(report.categories[0]?.unanswered).toBeNull();
    expect(report.categories[0]?.rows[0]).toEqual({
      id: 'people.2.recovery-notes',
      level: 2,
      text: 'After a significant incident, someone writes down the steps that restored service.',
      answer: 'Yes',
      answered: true,
      naReason: null,
      evidence: null,
    });
  });

  it('heads each category with its level and a score on the same scale', () => {
    // Levels 2–3 Mostly, level 4 Partly, level 5 Yes: level 3 and ⅓ of the way to level 4 (the
    // Yes answers above the next level do not lift the score past the level).
    const answers = answersOf(A1, (id) =>
      /\.[23]\./u.test(id) ? 'mostly' : id.includes('.4.') ? 'partly' : 'yes',
    );
    const report = reportOf(sourceWith({ answers }));
    expect(report.categories.map((c) => c.headline)).toEqual(
      MODEL_V1.categories.map(() => 'Level 3 · Defined · score 3.3'),
    );
    expect(report.summary.rows.map((row) => [row.level, row.score])).toEqual(
      MODEL_V1.categories.map(() => ['3 · Defined', '3.3']),
    );
  });

  it('shows unanswered criteria and the reason a criterion is not applicable', () => {
    const answers = answersOf(
      A1,
      (id) => (id === 'people.2.recovery-notes' ? null : id.includes('.2.') ? 'na' : 'partly'),
      { 'people.2.two-responders': { naReason: '  Only one service.  ' } },
    );
    const rows = reportOf(sourceWith({ answers })).categories[0]?.rows ?? [];
    expect(rows[0]).toMatchObject({ answer: 'Unanswered', answered: false, naReason: null });
    expect(rows[1]).toMatchObject({ answer: 'Not applicable', naReason: 'Only one service.' });
    expect(rows[2]).toMatchObject({ answer: 'Not applicable', naReason: 'No reason recorded.' });
    expect(rows[3]).toMatchObject({ answer: 'Partly', naReason: null });
  });

  it('shows a criterion without any stored answer as unanswered, with no evidence', () => {
    const answers = answersOf(A1, upTo(2)).filter(
      (a) => a.criterionId !== 'people.2.recovery-notes',
    );
    const row = reportOf(sourceWith({ answers })).categories[0]?.rows[0];
    expect(row).toMatchObject({ answer: 'Unanswered', answered: false, evidence: null });
  });

  it('prints evidence text, links and referenced drills by date then id', () => {
    const updatedAt = Date.parse('2025-06-29T12:00:00Z');
    const answers = answersOf(A1, upTo(2), {
      'people.2.recovery-notes': {
        evidence: {
          text: ' Seen in the wiki. ',
          links: ['https://wiki.example/recovery'],
          drillIds: ['d-b', 'gone', 'd-a'],
          updatedAt,
        },
      },
      'people.2.two-responders': {
        evidence: { text: '', links: [], drillIds: ['d-old'], updatedAt },
      },
    });
    const rows = reportOf(sourceWith({ answers, drills: DRILLS })).categories[0]?.rows ?? [];
    expect(rows[0]?.evidence).toEqual({
      text: 'Seen in the wiki.',
      links: ['https://wiki.example/recovery'],
      drills: ['Drill: Drill d-a · 11 Apr 2025', 'Drill: Drill d-b · 11 Apr 2025', DELETED_DRILL],
      stale: null,
    });
    // Only a drill from more than 180 days before the assessment: stale.
    expect(rows[1]?.evidence).toMatchObject({ drills: ['Drill: Drill d-old · 28 Nov 2023'] });
    expect(rows[1]?.evidence?.stale).toBe(STALE_LABEL);
    expect(rows[2]?.evidence).toBeNull();
  });
});

describe('gap and roadmap', () => {
  const targets = [
    { id: 't1', teamId: TEAM.id, categoryId: 'people', level: 4, createdAt: 0, updatedAt: 0 },
    { id: 't2', teamId: TEAM.id, categoryId: 'process', level: 2, createdAt: 0, updatedAt: 0 },
  ];
  const fromHere = (criterionId: string) => ({
    kind: 'assessment' as const,
    id: 'a1',
    criterionId,
  });

  it('sets each category’s target against its level and lists the criteria in between', () => {
    const answers = answersOf(A1, (id, level) =>
      id === 'people.3.roles' ? 'yes' : id === 'people.4.trend-review' ? null : upTo(2)(id, level),
    );
    const { roadmap } = reportOf(sourceWith({ answers, targets }));
    expect(roadmap.targets.map((row) => [row.name, row.current, row.target, row.gap])).toEqual([
      ['People & Culture', '2 · Managed', '4 · Quantitatively managed', '4 criteria to meet'],
      ['Process & Governance', '2 · Managed', '2 · Managed', 'At or above target'],
      ['Technology & Tools', '2 · Managed', 'No target', '—'],
      ['Measurement & Metrics', '2 · Managed', 'No target', '—'],
    ]);
    expect(roadmap.summary).toBe(
      '4 criteria stand between this assessment and the team’s targets.',
    );
    expect(roadmap.gaps).toHaveLength(1);
    expect(roadmap.gaps[0]?.heading).toBe('People & Culture: level 2 → 4 (Quantitatively managed)');
    // In the Targets screen's words, each with its guidance.
    expect(roadmap.gaps[0]?.criteria.map((g) => [g.id, g.level, g.answered])).toEqual([
      ['people.3.escalation', 3, '(answered No)'],
      ['people.3.onboarding', 3, '(answered No)'],
      ['people.4.trend-review', 4, '(answered nothing)'],
      ['people.4.oncall-feedback', 4, '(answered No)'],
    ]);
    const escalation = CRITERIA.find((c) => c.id === 'people.3.escalation');
    expect(roadmap.gaps[0]?.criteria[0]?.guidance).toBe(escalation?.guidance);
  });

  it('says when there are no targets, or no gap', () => {
    expect(reportOf(sourceWith({})).roadmap.summary).toBe(
      'The team has no targets yet: set them on the Targets screen.',
    );
    const reached = reportOf(sourceWith({ targets: [targets[1] as (typeof targets)[number]] }));
    expect(reached.roadmap.summary).toBe('Every category with a target is at or above it.');
    expect(reached.roadmap.gaps).toEqual([]);
  });

  it('lists this assessment’s items and the team’s unfinished ones as the screens do', () => {
    const items = [
      actionItem('i5', { title: 'No date', due: null }),
      actionItem('i4', { title: 'Beta', due: '2025-08-01', ownerId: null }),
      actionItem('i3', { title: 'Alpha', due: '2025-08-01', ownerId: 'left' }),
      actionItem('i2', { title: 'Alpha', due: '2025-08-01', status: 'in-progress' }),
      actionItem('i1', { title: 'Old and done', status: 'done' }),
      actionItem('i0', {
        title: 'Escalation path',
        due: '2025-07-15',
        status: 'done',
        source: fromHere('people.3.escalation'),
      }),
      actionItem('i6', {
        title: 'Drill fix',
        source: { kind: 'drill', id: 'd-a', criterionId: null },
      }),
      actionItem('i7', {
        title: 'Gone drill',
        source: { kind: 'drill', id: 'x', criterionId: null },
      }),
      actionItem('i9', {
        title: 'Zulu',
        source: { kind: 'assessment', id: 'gone', criterionId: null },
      }),
      actionItem('i8', {
        title: 'Earlier',
        source: { kind: 'assessment', id: 'a0', criterionId: null },
      }),
    ];
    const a0 = assessmentOf('a0', '2025-01-10');
    const { roadmap } = reportOf(
      sourceWith({
        assessments: [a0, A1],
        answers: [...answersOf(a0, upTo(1)), ...answersOf(A1, upTo(2))],
        targets,
        actionItems: items,
        drills: DRILLS,
      }),
    );
    expect(roadmap.actionItemsRule).toBe(ACTION_ITEMS_RULE);
    expect(roadmap.actionItems.map((row) => Object.values(row).join(' | '))).toEqual([
      'i2 | Alpha | Grace Hopper | 1 Aug 2025 | In progress | Added by hand',
      'i3 | Alpha | Unassigned | 1 Aug 2025 | Open | Added by hand',
      'i4 | Beta | Unassigned | 1 Aug 2025 | Open | Added by hand',
      'i6 | Drill fix | Grace Hopper | No due date | Open | Drill: Drill d-a · 11 Apr 2025',
      'i8 | Earlier | Grace Hopper | No due date | Open | Assessment of 10 Jan 2025',
      'i7 | Gone drill | Grace Hopper | No due date | Open | A drill',
      'i5 | No date | Grace Hopper | No due date | Open | Added by hand',
      'i9 | Zulu | Grace Hopper | No due date | Open | Another assessment',
      // Done last, as on the Home screen and in the drill report.
      'i0 | Escalation path | Grace Hopper | 15 Jul 2025 | Done | This assessment',
    ]);
    const escalation = roadmap.gaps[0]?.criteria.find((g) => g.id === 'people.3.escalation');
    expect(escalation?.actions).toEqual(['Escalation path · Done · due 15 Jul 2025']);
  });
});

describe('drill evidence', () => {
  it('takes the completed drills of the 12 months up to the assessment date', () => {
    const drills = preparedOf([
      { id: 'late', day: 181, phases: FULL }, // 1 Jul 2025: after the assessment
      { id: 'last', day: 180, phases: [1, 1, 2, 2, 2, 1] }, // 30 Jun 2025: recovery 7
      { id: 'first', day: -184, phases: FULL }, // 1 Jul 2024: the window's first day
      { id: 'before', day: -185, phases: FULL }, // 30 Jun 2024: outside
      { id: 'ab', day: 10, phases: [2, 3], status: 'aborted' },
    ]);
    const twice = [
      ...drills,
      ...preparedOf([{ id: 'ab2', day: 11, phases: [2], status: 'aborted' }]),
    ];
    expect(reportOf(sourceWith({ drills: twice })).drills.aborted).toBe(
      '2 aborted drills in the same period are counted here but never measured.',
    );
    const { drills: evidence } = reportOf(sourceWith({ drills }));
    expect(evidence.scope).toBe(
      'The team’s completed drills in the 12 months up to the assessment date: 1 Jul 2024 to 30 Jun 2025.',
    );
    expect(evidence.completed).toBe(2);
    expect(evidence.aborted).toBe(
      '1 aborted drill in the same period is counted here but never measured.',
    );
    expect(evidence.drills.map((d) => [d.id, d.date, d.recovery])).toEqual([
      ['first', '1 Jul 2024', '22.0 min'],
      ['last', '30 Jun 2025', '7.0 min'],
    ]);
    expect(evidence.recovery).toEqual({
      label: 'Time to recover',
      n: 2,
      median: '14.5 min',
      p90: '20.5 min',
      flag: 'Fewer than 5 drills: not reliable',
    });
    expect(evidence.smallSample).toBe('Fewer than 5 drills: not reliable (n = 2).');
    expect(evidence.phases.map((p) => [p.label, p.n, p.median])).toEqual([
      ['Detect', 2, '1.5 min'],
      ['Acknowledge', 2, '2.0 min'],
      ['Diagnose', 2, '6.0 min'],
      ['Mitigate', 2, '3.5 min'],
      ['Verify', 2, '3.0 min'],
      ['Close', 2, '3.5 min'],
    ]);
    expect(evidence.rates[0]).toEqual({ label: 'Runbook used', value: '0 of 2 (0 %)' });
    expect(evidence.drills[0]?.scenario).toBe('Instance down');
  });

  it('names the scenario only where the drill’s title does not already say it', () => {
    const [drill] = preparedOf([{ id: 'd1', day: 100, phases: FULL }]);
    if (drill === undefined) throw new Error('no drill');
    const named = { ...drill, title: drill.scenarioName };
    const { drills: evidence } = reportOf(sourceWith({ drills: [named] }));
    expect(evidence.drills[0]).toMatchObject({ title: 'Instance down', scenario: null });
  });

  it('ends the window today for a draft, and has no flag from five drills on', () => {
    const draft = assessmentOf('a1', '2025-06-30', { status: 'draft' });
    const days = [370, 371, 372, 373, 374]; // 6–10 Jan 2026
    const drills = preparedOf(days.map((day) => ({ id: `d${day}`, day, phases: FULL })));
    const { drills: evidence } = reportOf(sourceWith({ assessments: [draft], drills }));
    expect(evidence.scope).toBe(
      'The team’s completed drills in the 12 months up to today (the assessment is a draft): 16 Jan 2025 to 15 Jan 2026.',
    );
    expect(evidence.completed).toBe(5);
    expect(evidence.smallSample).toBeNull();
    expect(evidence.recovery.flag).toBeNull();
    expect(evidence.aborted).toBeNull();
  });

  it('shows dashes, not zeros, without drills', () => {
    const { drills: evidence } = reportOf(sourceWith({}));
    expect(evidence.recovery).toMatchObject({ n: 0, median: '—', p90: '—' });
    expect(evidence.recoveryMean).toBe('—');
    expect(evidence.drills).toEqual([]);
    expect(evidence.rates[0]?.value).toBe('no drills');
  });
});

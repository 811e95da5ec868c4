import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import { EMPTY_DRILL_KIT, type DrillRecord } from '../records/drills';
import type { DrillEventBody } from '../records/drill-events';
import type { ActionItemRecord } from '../records/action-items';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, sec, SKIP, START } from '../drills/run-fixtures';
import { deriveRun } from '../drills/run-state';
import {
  ABORTED_BEFORE_START_NOTE,
  buildDrillReport,
  NOT_RUN_NOTE,
  RUNNING_MESSAGE,
  type DrillReport,
  type DrillReportInput,
} from './drill-report';
import type { Fact } from './fact';

type Steps = readonly (readonly [number, DrillEventBody])[];

const UTC = () => 0;

const DRILL: DrillRecord = {
  id: 'drill-1',
  teamId: 'team-1',
  scenarioId: 'builtin:instance-down',
  status: 'completed',
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  serviceIds: ['s-2', 's-1'],
  title: 'Checkout instance down',
  scenarioName: 'Instance down with a paging alert',
  hypothesis: 'We detect within 5 minutes and recover within 30.',
  roles: {
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: 'Cleo',
    responders: ['Dev', 'Eli'],
    observers: [],
  },
  // FULL_RUN's phases last 3, 2, 10, 15, 10 and 10 minutes.
  targets: { detect: 5, acknowledge: 2, diagnose: 9, mitigate: 10, verify: 10, close: 10 },
  kit: EMPTY_DRILL_KIT,
  review: {
    hypothesisHeld: 'partly',
    detectedBy: null,
    wentWell: 'The page arrived within a minute.',
    wentBadly: '',
    reviewHeld: true,
    savedAt: 0,
  },
  createdAt: 0,
  updatedAt: 0,
};

const stamp = { createdAt: 0, updatedAt: 0 };
const SERVICES: ServiceRecord[] = [
  { id: 's-1', teamId: 'team-1', name: 'Checkout API', tier: 1, ...stamp },
  { id: 's-2', teamId: 'team-1', name: 'Basket', tier: 2, ...stamp },
  { id: 's-3', teamId: 'team-1', name: 'Search', tier: 1, ...stamp },
];
const PEOPLE: PersonRecord[] = [
  { id: 'p-1', teamId: 'team-1', name: 'Ana', role: 'SRE', ...stamp },
];

const item = (id: string, title: string, extra: Partial<ActionItemRecord>): ActionItemRecord => ({
  id,
  teamId: 'team-1',
  title,
  ownerId: null,
  due: null,
  status: 'open',
  source: { kind: 'drill', id: 'drill-1', criterionId: null },
  ...stamp,
  ...extra,
});

function input(steps: Steps, overrides: Partial<DrillReportInput> = {}): DrillReportInput {
  return {
    drill: DRILL,
    state: deriveRun(eventsOf(steps)),
    teamName: 'Checkout Web',
    services: SERVICES,
    scenarioDescription: 'One instance stops; the pager should fire.',
    actionItems: [],
    people: PEOPLE,
    zoneOffsetAt: UTC,
    today: '2025-04-01',
    ...overrides,
  };
}

function build(steps: Steps, overrides: Partial<DrillReportInput> = {}): DrillReport {
  const result = buildDrillReport(input(steps, overrides));
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

const fact = (facts: readonly Fact[] | null, label: string) =>
  facts?.find((f) => f.label === label)?.value;

describe('a completed drill', () => {
  const report = build(FULL_RUN);

  it('is titled and named by team, drill and the day it ran', () => {
    expect(report.title).toBe('Checkout Web — Checkout instance down, 3 Mar 2025');
    expect(report.fileName).toBe('mttr-drill-checkout-web-checkout-instance-down-2025-03-03.pdf');
    expect(report.ran).toBe(true);
    expect(report.notice).toBeNull();
  });

  it('summarises the plan and the run', () => {
    expect(report.summary).toEqual([
      { label: 'Team', value: 'Checkout Web' },
      { label: 'Drill', value: 'Checkout instance down' },
      { label: 'Services', value: 'Checkout API (tier 1), Basket (tier 2)' },
      { label: 'Scenario', value: 'Instance down with a paging alert' },
      { label: 'Severity', value: 'SEV2' },
      { label: 'Planned for', value: '3 Mar 2025' },
      { label: 'Ran', value: '3 Mar 2025, 14:00:00 to 14:50:00 (local time)' },
      { label: 'Status', value: 'Completed' },
    ]);
  });

  it('states the scenario, the hypothesis and whether it held', () => {
    expect(report.scenario).toEqual([
      { label: 'Scenario', value: 'Instance down with a paging alert' },
      { label: 'Description', value: 'One instance stops; the pager should fire.' },
      { label: 'Hypothesis', value: 'We detect within 5 minutes and recover within 30.' },
      { label: 'Hypothesis held', value: 'Partly' },
    ]);
  });

  it('names every role, and says when nobody holds one', () => {
    expect(report.roles).toEqual([
      { label: 'Facilitator', value: 'Ana' },
      { label: 'Incident commander', value: 'Ben' },
      { label: 'Scribe', value: 'Cleo' },
      { label: 'Responders', value: 'Dev, Eli' },
      { label: 'Observers', value: 'None named' },
    ]);
  });

  it('sets each phase against its target in words', () => {
    expect(report.phases.map((p) => [p.label, p.duration, p.target, p.result])).toEqual([
      ['Detect', '3:00', '5:00', 'On target'],
      ['Acknowledge', '2:00', '2:00', 'On target'],
      ['Diagnose', '10:00', '9:00', 'Up to 20% over'],
      ['Mitigate', '15:00', '10:00', 'Over target'],
      ['Verify', '10:00', '10:00', 'On target'],
      ['Close', '10:00', '10:00', 'On target'],
    ]);
    expect(report.phases[0]).toMatchObject({ durationMs: 180_000, targetMs: 300_000, paused: '' });
    expect(report.phasesNote).toContain('The drill was never paused.');
  });

  it('lists every measure with its figure and definition, in the screen’s order', () => {
    expect(report.measures.map((m) => [m.label, m.value])).toEqual([
      ['Time to detect', '3:00'],
      ['Time to acknowledge', '2:00'],
      ['Time to diagnose', '10:00'],
      ['Time to mitigate', '15:00'],
      ['Time to recover', '37:00'],
      ['Impact duration', '40:00'],
      ['Comms latency', '—'],
      ['Paused', 'not paused'],
      ['Runbook used', 'No'],
      ['Automation used', 'No'],
      ['Review held', 'Yes'],
      ['Action items', '0 open, 0 closed'],
    ]);
    expect(report.measures[4]?.definition).toContain('From detection to the service');
    expect(report.measuresNote).toMatch(/^Total run time 50:00\. Durations exclude paused time/);
  });

  it('gives the review, with a dash for what was left empty', () => {
    expect(report.review).toEqual([
      { label: 'Hypothesis held', value: 'Partly' },
      { label: 'What went well', value: 'The page arrived within a minute.' },
      { label: 'What did not go well', value: '—' },
      { label: 'Review meeting held', value: 'Yes' },
    ]);
  });

  it('lists every mark with its elapsed time and 24-hour time of day', () => {
    expect(report.timeline.map((r) => [r.elapsed, r.timeOfDay, r.kind, r.text])).toEqual([
      ['+0:00', '14:00:00', 'Mark', 'Fault injected'],
      ['+3:00', '14:03:00', 'Mark', 'Detected'],
      ['+5:00', '14:05:00', 'Mark', 'Acknowledged'],
      ['+15:00', '14:15:00', 'Mark', 'Diagnosed'],
      ['+30:00', '14:30:00', 'Mark', 'Mitigated'],
      ['+40:00', '14:40:00', 'Mark', 'Recovered'],
      ['+50:00', '14:50:00', 'Mark', 'Closed'],
    ]);
    expect(report.timelineNote).toContain('24-hour clock in local time (UTC+00:00)');
  });

  it('gives the same report for the same data', () => {
    expect(build(FULL_RUN)).toEqual(report);
  });
});

describe('the timeline of a run with everything in it', () => {
  const steps: Steps = [
    [0, M('start')],
    [180, M('detected')],
    [200, { kind: 'side', side: 'stakeholders-notified', detail: '' }],
    [210, { kind: 'side', side: 'runbook-used', detail: 'Failover runbook' }],
    [220, { kind: 'side', side: 'automation-used', detail: 'Failover script' }],
    [230, { kind: 'side', side: 'escalation', detail: 'Paged the DBA' }],
    [240, { kind: 'note', noteKind: 'decision', text: 'Roll back rather than patch.' }],
    [300, SKIP('acknowledged')],
    [400, PAUSE],
    [1000, RESUME],
    [1200, M('diagnosed')],
    [1260, { kind: 'undo', mark: 'diagnosed' }],
    [1300, M('diagnosed')],
    [
      1400,
      { kind: 'correct', mark: 'detected', from: sec(180), to: sec(150), reason: 'Pager log' },
    ],
    [1800, M('mitigated')],
    [2400, M('recovered')],
    [3000, M('closed')],
  ];
  const report = build(steps);
  const rows = report.timeline.map((r) => `${r.elapsed} ${r.timeOfDay} ${r.kind}: ${r.text}`);

  it('keeps recording order and words every kind of event', () => {
    expect(rows).toEqual([
      '+0:00 14:00:00 Mark: Fault injected',
      '+3:00 14:03:00 Mark: Detected (superseded: replaced by the correction to +2:30 (14:02:30))',
      '+3:20 14:03:20 Side event: Stakeholders notified',
      '+3:30 14:03:30 Side event: Runbook used: Failover runbook',
      '+3:40 14:03:40 Side event: Automation used: Failover script',
      '+3:50 14:03:50 Side event: Escalation: Paged the DBA',
      '+4:00 14:04:00 Note: Decision: Roll back rather than patch.',
      '+5:00 14:05:00 Skipped phase: Acknowledge phase skipped (no Acknowledged mark)',
      '+6:40 14:06:40 Pause: Paused for 10 min 0 s: Fire alarm',
      '+16:40 14:16:40 Resume: Resumed',
      '+20:00 14:20:00 Mark: Diagnosed (undone)',
      '+21:00 14:21:00 Undo: Diagnosed taken back',
      '+21:40 14:21:40 Mark: Diagnosed',
      '+23:20 14:23:20 Correction: Detected moved from +3:00 (14:03:00) to +2:30 (14:02:30). Reason: Pager log',
      '+30:00 14:30:00 Mark: Mitigated',
      '+40:00 14:40:00 Mark: Recovered',
      '+50:00 14:50:00 Mark: Closed',
    ]);
  });

  it('flags the undone mark and only that one', () => {
    expect(report.timeline.filter((r) => r.undone).map((r) => r.key)).toEqual(['event-10']);
  });

  it("marks the corrected mark's first time as superseded, and only that one", () => {
    expect(report.timeline.filter((r) => r.superseded).map((r) => r.key)).toEqual(['event-1']);
  });

  it('shows a skipped phase as skipped, never as zero', () => {
    const acknowledge = report.phases[1];
    expect(acknowledge).toMatchObject({
      duration: 'skipped',
      result: 'Skipped',
      durationMs: null,
    });
    expect(report.measures.find((m) => m.key === 'timeToAcknowledge')?.value).toBe('—');
  });

  it('uses the corrected time for durations', () => {
    expect(report.phases[0]?.duration).toBe('2:30');
  });

  it('leaves paused time out of the phase and says how much', () => {
    const diagnose = report.phases[2];
    // The skip merged Acknowledge and Diagnose: one span from Detected (corrected to 2:30) to the
    // diagnosis at 21:40, less the 10-minute pause.
    expect(diagnose).toMatchObject({
      label: 'Acknowledge + Diagnose (Acknowledged was skipped)',
      duration: '9:10',
      paused: '10:00',
    });
    expect(report.phases.filter((p) => p.paused !== '')).toHaveLength(1);
    expect(report.phasesNote).toContain('10 min 0 s in all');
    expect(report.measures.find((m) => m.key === 'pausedTotal')?.value).toBe('10 min 0 s');
  });

  it('counts the runbook, the automation and the comms latency', () => {
    const value = (key: string) => report.measures.find((m) => m.key === key)?.value;
    expect(value('runbookUsed')).toBe('Yes');
    expect(value('automationUsed')).toBe('Yes');
    // Stakeholders at 3:20, detection corrected to 2:30.
    expect(value('commsLatency')).toBe('0:50');
  });
});

describe('time of day', () => {
  it('prints in the local zone it is given, and names the zone', () => {
    const report = build(FULL_RUN, { zoneOffsetAt: () => -330 });
    expect(report.timeline[0]?.timeOfDay).toBe('19:30:00');
    expect(report.timelineNote).toContain('(UTC+05:30)');
    expect(build(FULL_RUN, { zoneOffsetAt: () => 300 }).timelineNote).toContain('(UTC−05:00)');
  });

  it('dates the run by its local day, and names the end day when it crosses midnight', () => {
    // 14:00 UTC is 00:00 the next day at UTC+10; the run ends at 00:50.
    const east = build(FULL_RUN, { zoneOffsetAt: () => -600 });
    expect(fact(east.summary, 'Ran')).toBe('4 Mar 2025, 00:00:00 to 00:50:00 (local time)');
    expect(east.fileName).toMatch(/-2025-03-04\.pdf$/u);
    const late = build(FULL_RUN, { zoneOffsetAt: () => -595 });
    expect(fact(late.summary, 'Ran')).toBe(
      '3 Mar 2025, 23:55:00 to 4 Mar 2025, 00:45:00 (local time)',
    );
  });

  it('follows a change of offset during the run (daylight saving)', () => {
    const report = build(FULL_RUN, {
      zoneOffsetAt: (at) => (at >= START + 1_800_000 ? -120 : -60),
    });
    expect(report.timeline.map((r) => r.timeOfDay)).toEqual([
      '15:00:00',
      '15:03:00',
      '15:05:00',
      '15:15:00',
      '16:30:00',
      '16:40:00',
      '16:50:00',
    ]);
  });
});

describe('an aborted drill', () => {
  const steps: Steps = [
    [0, M('start')],
    [180, M('detected')],
    [400, { kind: 'abort', reason: 'A real incident needed the same people.' }],
  ];
  const report = build(steps, { drill: { ...DRILL, status: 'aborted', review: null } });

  it('gives the reason in its status', () => {
    expect(fact(report.summary, 'Status')).toBe('Aborted: A real incident needed the same people.');
    expect(fact(report.summary, 'Ran')).toBe('3 Mar 2025, 14:00:00 to 14:06:40 (local time)');
  });

  it('stops the running phase at the abort and leaves the rest unreached', () => {
    expect(report.phases.map((p) => [p.duration, p.result])).toEqual([
      ['3:00', 'On target'],
      ['3:40', 'Stopped by the abort'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
      ['—', 'Not reached'],
    ]);
  });

  it('has no review and says the hypothesis was not reviewed', () => {
    expect(report.review).toBeNull();
    expect(fact(report.scenario, 'Hypothesis held')).toBe('Not reviewed yet');
    expect(report.measures.find((m) => m.key === 'reviewHeld')?.value).toBe('not reviewed yet');
    expect(report.timeline.at(-1)?.text).toBe('Aborted: A real incident needed the same people.');
  });

  it('before the fault was injected, reports the plan and the abort only', () => {
    const early = build([[0, { kind: 'abort', reason: 'Wrong environment.' }]], {
      drill: { ...DRILL, status: 'aborted', review: null },
    });
    expect(early.ran).toBe(false);
    expect(early.notice).toBe(ABORTED_BEFORE_START_NOTE);
    // It will never run: no "yet".
    const never = 'Never ran: aborted before the fault was injected';
    expect(fact(early.summary, 'Ran')).toBe(never);
    expect(fact(early.scenario, 'Hypothesis held')).toBe(never);
    expect(early.timeline.map((r) => [r.elapsed, r.text])).toEqual([
      ['—', 'Aborted: Wrong environment.'],
    ]);
    expect(early.measures).toEqual([]);
  });
});

describe('a planned drill', () => {
  const report = build([], { drill: { ...DRILL, status: 'planned', review: null } });

  it('reports the plan, saying it has not run', () => {
    expect(report.ran).toBe(false);
    expect(report.notice).toBe(NOT_RUN_NOTE);
    expect(fact(report.summary, 'Ran')).toBe('Not run yet');
    expect(fact(report.summary, 'Status')).toBe('Planned, not run yet');
    expect(fact(report.scenario, 'Hypothesis held')).toBe('Not run yet');
    expect(report.timeline).toEqual([]);
    expect(report.measures).toEqual([]);
  });

  it('lists the targets with no durations', () => {
    expect(report.phases.map((p) => [p.duration, p.target, p.result])[0]).toEqual([
      'not run',
      '5:00',
      'Not run yet',
    ]);
  });

  it('is dated and named by its planned day', () => {
    const later = build([], {
      drill: { ...DRILL, status: 'planned', review: null, plannedFor: '2026-11-21' },
    });
    expect(later.title).toBe('Checkout Web — Checkout instance down, 21 Nov 2026');
    expect(later.fileName).toBe('mttr-drill-checkout-web-checkout-instance-down-2026-11-21.pdf');
  });
});

it('refuses a drill that is still running: its figures change by the second', () => {
  const result = buildDrillReport(
    input([[0, M('start')]], { drill: { ...DRILL, status: 'running', review: null } }),
  );
  expect(result).toEqual({ ok: false, problem: { message: RUNNING_MESSAGE } });
});

describe('action items', () => {
  const items = [
    item('a-3', 'Write a status-page template', { status: 'done' }),
    item('a-2', 'Shorten the alert window', { due: '2025-04-01', ownerId: 'p-1' }),
    item('a-1', 'Add a runbook link', { status: 'in-progress' }),
    item('a-0', 'Add a runbook link', {}),
  ];
  const report = build(FULL_RUN, { actionItems: items });

  it('lists title, owner, due and status in a stable order', () => {
    expect(report.actionItems.map((i) => [i.key, i.title, i.owner, i.due, i.status])).toEqual([
      ['a-2', 'Shorten the alert window', 'Ana', '1 Apr 2025', 'Open'],
      ['a-0', 'Add a runbook link', 'Unassigned', 'No due date', 'Open'],
      ['a-1', 'Add a runbook link', 'Unassigned', 'No due date', 'In progress'],
      ['a-3', 'Write a status-page template', 'Unassigned', 'No due date', 'Done'],
    ]);
    expect(build(FULL_RUN, { actionItems: [...items].reverse() }).actionItems).toEqual(
      report.actionItems,
    );
  });

  it('counts open and closed items among the measures', () => {
    expect(report.measures.at(-1)).toMatchObject({
      label: 'Action items',
      value: '3 open, 1 closed',
    });
  });
});

describe('missing pieces', () => {
  it('says when services, the scenario or the team are gone', () => {
    const report = build(FULL_RUN, {
      teamName: null,
      services: [SERVICES[0] as ServiceRecord],
      scenarioDescription: null,
      drill: { ...DRILL, serviceIds: ['s-1', 'gone-1', 'gone-2'] },
    });
    expect(fact(report.summary, 'Team')).toBe('Unknown team');
    expect(fact(report.summary, 'Services')).toBe(
      'Checkout API (tier 1), 2 services since removed',
    );
    expect(fact(report.scenario, 'Description')).toContain('has since been deleted');
    const none = build(FULL_RUN, { drill: { ...DRILL, serviceIds: [] } });
    expect(fact(none.summary, 'Services')).toBe('None named');
  });

  it('shows a phase without a target as having none', () => {
    const report = build(FULL_RUN, {
      drill: { ...DRILL, targets: { ...DRILL.targets, close: 0 } },
    });
    expect(report.phases[5]).toMatchObject({ target: 'none', result: 'No target' });
  });
});

describe('page 1, the executive summary', () => {
  it('says time to recover against its target, whether the hypothesis held and phases on target', () => {
    // Time to recover runs from Detected (3:00) to Recovered (40:00): 37:00, against the targets
    // of acknowledge, diagnose, mitigate and verify: 2 + 9 + 10 + 10 = 31 minutes.
    expect(build(FULL_RUN).headlines).toEqual([
      { label: 'Time to recover', value: '37:00', detail: '6 min over the 31 min target' },
      { label: 'Hypothesis held', value: 'Partly', detail: 'as judged in the review' },
      {
        label: 'Phases on target',
        value: '4 of 6',
        detail: 'phases timed with a target (n = 6)',
      },
    ]);
  });

  it('lists the drill’s overdue action items on the day the report is generated, most overdue first', () => {
    const items = [
      item('a-1', 'Later', { due: '2025-03-20' }),
      item('a-2', 'Earliest', { due: '2025-03-01', ownerId: 'p-1' }),
      item('a-3', 'Done already', { due: '2025-03-01', status: 'done' }),
      item('a-4', 'Not due yet', { due: '2025-04-02' }),
    ];
    const { overdue } = build(FULL_RUN, { actionItems: items });
    expect(overdue.rows.map((row) => [row.title, row.owner, row.due])).toEqual([
      ['Earliest', 'Ana', 'Due 1 Mar 2025 · 31 days overdue'],
      ['Later', 'Unassigned', 'Due 20 Mar 2025 · 12 days overdue'],
    ]);
    expect(overdue.text).toBe('2 action items are overdue on 1 Apr 2025.');
  });

  it('has no headline figures for a drill that has not run', () => {
    const report = build([]);
    expect(report.headlines).toEqual([]);
  });
});

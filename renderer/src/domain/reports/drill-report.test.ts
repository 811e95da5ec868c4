// The drill report of a completed drill: its summary, roles, phases, measures, review, action
// items and page 1, and what it says when a piece is gone.
import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../records/services';
import { FULL_RUN } from '../drills/run-fixtures';
import { build, DRILL, fact, item, SERVICES } from './drill-report-fixtures';

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

// The drill report's timeline: every kind of event in recording order, and times of day in the
// user's zone.
import { describe, expect, it } from 'vitest';
import { FULL_RUN, M, PAUSE, RESUME, sec, SKIP, START } from '../drills/run-fixtures';
import { build, fact, type Steps } from './drill-report-fixtures';

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

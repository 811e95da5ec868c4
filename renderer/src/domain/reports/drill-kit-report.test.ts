import { describe, expect, it } from 'vitest';
import type { DrillEventBody } from '../records/drill-events';
import type { DrillRecord } from '../records/drills';
import { KIT } from '../drills/kit-fixtures';
import { DEFAULT_TARGETS } from '../drills/phases';
import { eventsOf, M } from '../drills/run-fixtures';
import { deriveRun } from '../drills/run-state';
import { kitReport } from './drill-kit-report';

const DRILL: DrillRecord = {
  id: 'drill-1',
  teamId: 'team-1',
  scenarioId: 'builtin:database-failover',
  status: 'completed',
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  serviceIds: [],
  title: 'Failover',
  scenarioName: 'Database failover',
  hypothesis: '',
  roles: {
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: '',
    responders: [],
    observers: [],
  },
  targets: DEFAULT_TARGETS,
  kit: KIT,
  review: {
    hypothesisHeld: 'no',
    detectedBy: 'monitoring',
    wentWell: '',
    wentBadly: '',
    reviewHeld: true,
    savedAt: 0,
  },
  createdAt: 0,
  updatedAt: 0,
};

const steps: readonly (readonly [number, DrillEventBody])[] = [
  [0, { kind: 'go', confirmed: [{ prerequisite: 'Blast radius agreed', by: 'Ana' }] }],
  [0, M('start')],
  [65, { kind: 'inject', inject: 2, outcome: 'delivered' }],
  [90, { kind: 'inject', inject: 0, outcome: 'skipped' }],
  [100, { kind: 'hint', hint: 1 }],
  [120, { kind: 'tick', list: 'runbook', item: 1, done: true }],
];
const report = kitReport(DRILL, deriveRun(eventsOf(steps)), () => '14:00:00');
const rows = (lines: readonly { text: string; outcome: string; when: string }[]) =>
  lines.map((line) => [line.text, line.outcome, line.when]);

describe('the kit in the drill’s page and report', () => {
  it('says who confirmed each prerequisite', () => {
    expect(rows(report.goNoGo)).toEqual([['Blast radius agreed', 'Confirmed by Ana', '14:00:00']]);
  });

  it('lists every inject and hint with its outcome and time, in the kit’s order', () => {
    expect(rows(report.injects)).toEqual([
      ['Replica lag is 30 s', 'Skipped', '+1:30 (14:00:00)'],
      ['The CFO asks for an update', 'Not delivered', '—'],
      ['Early news', 'Delivered', '+1:05 (14:00:00)'],
    ]);
    expect(report.injects.map((line) => line.plan)).toEqual([
      'T+5:00',
      'when Diagnose starts',
      'T+1:00',
    ]);
    expect(rows(report.hints)).toEqual([
      ['Look at the lag graph', 'Not given', '—'],
      ['Ask the DBA', 'Given', '+1:40 (14:00:00)'],
    ]);
  });

  it('summarises each checklist and the results', () => {
    expect(report.checklists.map((list) => `${list.title}: ${list.summary}`)).toEqual([
      'Runbook checklist: 1 of 3 (33 %) done',
      'Observer checklist: 0 of 1 (0 %) done',
    ]);
    expect(report.checklists[0]?.lines[1]).toMatchObject({
      outcome: 'Done',
      when: '+2:00 (14:00:00)',
    });
    expect(report.results).toEqual([
      { label: 'Hypothesis held', value: 'No' },
      { label: 'Detected', value: 'By monitoring' },
      { label: 'Checklist completion', value: '1 of 4 (25 %)' },
    ]);
  });
});

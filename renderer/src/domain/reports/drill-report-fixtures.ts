// A drill and what a drill report is built from, for the drill report's tests: one completed
// drill of a built-in scenario, its team's services and people, and a builder over a run's steps.
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import { EMPTY_DRILL_KIT, type DrillRecord } from '../records/drills';
import type { DrillEventBody } from '../records/drill-events';
import type { ActionItemRecord } from '../records/action-items';
import { eventsOf } from '../drills/run-fixtures';
import { deriveRun } from '../drills/run-state';
import { buildDrillReport, type DrillReport, type DrillReportInput } from './drill-report';
import type { Fact } from './fact';

export type Steps = readonly (readonly [number, DrillEventBody])[];

export const UTC = () => 0;

export const DRILL: DrillRecord = {
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

export const stamp = { createdAt: 0, updatedAt: 0 };
export const SERVICES: ServiceRecord[] = [
  { id: 's-1', teamId: 'team-1', name: 'Checkout API', tier: 1, ...stamp },
  { id: 's-2', teamId: 'team-1', name: 'Basket', tier: 2, ...stamp },
  { id: 's-3', teamId: 'team-1', name: 'Search', tier: 1, ...stamp },
];
export const PEOPLE: PersonRecord[] = [
  { id: 'p-1', teamId: 'team-1', name: 'Ana', role: 'SRE', ...stamp },
];

export const item = (
  id: string,
  title: string,
  extra: Partial<ActionItemRecord>,
): ActionItemRecord => ({
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

export function input(steps: Steps, overrides: Partial<DrillReportInput> = {}): DrillReportInput {
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

export function build(steps: Steps, overrides: Partial<DrillReportInput> = {}): DrillReport {
  const result = buildDrillReport(input(steps, overrides));
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
}

export const fact = (facts: readonly Fact[] | null, label: string) =>
  facts?.find((f) => f.label === label)?.value;

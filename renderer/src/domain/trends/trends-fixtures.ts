// Builds Trends sources for tests (not used by the app): drills with runs in whole minutes.
import {
  type ChecklistId,
  type DetectedBy,
  type DrillKit,
  type DrillMarkId,
  type DrillRecord,
  type HypothesisHeld,
  type DrillStatus,
  type Severity,
  EMPTY_DRILL_KIT,
  MARKS,
} from '../records/drills';
import type { DrillEventBody, DrillEventRecord } from '../records/drill-events';
import { DEFAULT_TARGETS } from '../drills/phases';
import type { TrendsSource } from './prepare';

const DAY = 86_400_000;
export const DAY0 = Date.UTC(2025, 0, 1, 10, 0, 0);

export interface DrillSpec {
  readonly id: string;
  readonly teamId?: string;
  readonly day: number;
  /** Minutes each phase takes (detect … close); null skips the phase. */
  readonly phases: readonly (number | null)[];
  readonly status?: DrillStatus;
  readonly severity?: Severity;
  readonly serviceIds?: readonly string[];
  readonly scenarioId?: string;
  readonly runbook?: boolean;
  readonly notifyAfterDetect?: number;
  readonly reviewHeld?: boolean;
  /** Set: the drill has a review saying so (held, unless said). */
  readonly hypothesis?: HypothesisHeld;
  readonly detectedBy?: DetectedBy;
  readonly kit?: DrillKit;
  /** Checklist ticks, in order, a minute after the start. */
  readonly ticks?: readonly { list: ChecklistId; item: number; done: boolean }[];
}

export function drillOf(spec: DrillSpec): { drill: DrillRecord; events: DrillEventRecord[] } {
  const start = DAY0 + spec.day * DAY;
  const bodies: [number, DrillEventBody][] = [[start, { kind: 'mark', mark: 'start' }]];
  let at = start;
  spec.phases.forEach((minutes, index) => {
    at += (minutes ?? 0) * 60_000;
    const mark = MARKS[index + 1] as DrillMarkId;
    bodies.push([at, { kind: minutes === null ? 'skip' : 'mark', mark }]);
  });
  if (spec.status === 'aborted')
    bodies.push([at + 60_000, { kind: 'abort', reason: 'Pager storm' }]);
  if (spec.runbook === true)
    bodies.push([start, { kind: 'side', side: 'runbook-used', detail: '' }]);
  if (spec.notifyAfterDetect !== undefined) {
    const detected = start + (spec.phases[0] ?? 0) * 60_000;
    bodies.push([
      detected + spec.notifyAfterDetect * 60_000,
      { kind: 'side', side: 'stakeholders-notified', detail: '' },
    ]);
  }
  for (const tick of spec.ticks ?? []) bodies.push([start + 60_000, { kind: 'tick', ...tick }]);
  const teamId = spec.teamId ?? 'team-a';
  const events = bodies.map(([time, body], seq): DrillEventRecord => ({
    id: `${spec.id}-${seq}`,
    drillId: spec.id,
    teamId,
    seq,
    at: time,
    recordedAt: time,
    ...body,
  }));
  const drill: DrillRecord = {
    id: spec.id,
    teamId,
    scenarioId: spec.scenarioId ?? 'scenario-1',
    status: spec.status ?? 'completed',
    severity: spec.severity ?? 'SEV2',
    plannedFor: new Date(start).toISOString().slice(0, 10),
    serviceIds: spec.serviceIds ?? ['svc-1'],
    title: `Drill ${spec.id}`,
    scenarioName: 'Instance down',
    hypothesis: '',
    roles: { facilitator: '', incidentCommander: '', scribe: '', responders: [], observers: [] },
    targets: DEFAULT_TARGETS,
    kit: spec.kit ?? EMPTY_DRILL_KIT,
    review:
      spec.reviewHeld === undefined && spec.hypothesis === undefined
        ? null
        : {
            hypothesisHeld: spec.hypothesis ?? 'yes',
            detectedBy: spec.detectedBy ?? null,
            wentWell: '',
            wentBadly: '',
            reviewHeld: spec.reviewHeld ?? true,
            savedAt: at,
          },
    createdAt: start,
    updatedAt: start,
  };
  return { drill, events };
}

export function sourceOf(
  specs: readonly DrillSpec[],
  extra: Partial<TrendsSource> = {},
): TrendsSource {
  const built = specs.map(drillOf);
  return {
    teams: [
      {
        id: 'team-a',
        name: 'Alpha',
        demo: false,
        modelId: 'mttr-maturity@1',
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 'team-b',
        name: 'Bravo',
        demo: false,
        modelId: 'mttr-maturity@1',
        createdAt: 0,
        updatedAt: 0,
      },
    ],
    services: [
      { id: 'svc-1', teamId: 'team-a', name: 'Checkout', tier: 1, createdAt: 0, updatedAt: 0 },
      { id: 'svc-2', teamId: 'team-a', name: 'Search', tier: 2, createdAt: 0, updatedAt: 0 },
    ],
    drills: built.map((b) => b.drill),
    eventsByDrill: new Map(built.map((b) => [b.drill.id, b.events])),
    assessments: [],
    answersByAssessment: new Map(),
    scenarioNames: new Map([['scenario-1', 'Instance down']]),
    ...extra,
  };
}

/** Every phase completed: detect 2, acknowledge 3, diagnose 10, mitigate 5, verify 4, close 6. */
export const FULL = [2, 3, 10, 5, 4, 6] as const;

// A small hand-made dataset for the metrics tests (not used by the app): two teams, three drills
// (one aborted), one final assessment and three stored incidents (one still open).
import { DAY0, FULL, sourceOf } from '../trends/trends-fixtures';
import { CURRENT_MODEL } from '../maturity/models';
import type { AssessmentRecord } from '../records/assessments';
import type { PlainAnswer } from '../maturity/answers';
import {
  INCIDENT_MILESTONES,
  type IncidentMilestoneId,
  type IncidentRecord,
  type StoredMilestone,
  type StoredMilestones,
} from '../records/incidents';
import type { MetricsInput } from './exposition';

const MINUTE = 60_000;

export const NOW = DAY0 + 30 * 86_400_000;

export function assessment(
  id: string,
  teamId: string,
  takenOn: string,
  finalisedAt: number,
): AssessmentRecord {
  return {
    id,
    teamId,
    modelId: CURRENT_MODEL.id,
    status: 'final',
    takenOn,
    facilitator: '',
    participants: [],
    raters: [],
    finalisedAt,
    clonedFrom: null,
    createdAt: finalisedAt,
    updatedAt: finalisedAt,
  };
}

/** Every criterion of the current model answered the same way. */
export function answeredAll(value: PlainAnswer['value']): PlainAnswer[] {
  return CURRENT_MODEL.categories.flatMap((category) =>
    category.levels.flatMap((level) =>
      level.criteria.map((criterion) => ({ criterionId: criterion.id, value })),
    ),
  );
}

type Times = Partial<Record<IncidentMilestoneId, number>>;

function milestones(times: Times): StoredMilestones {
  const out = Object.fromEntries(INCIDENT_MILESTONES.map((id) => [id, null])) as Record<
    IncidentMilestoneId,
    StoredMilestone | null
  >;
  for (const [id, at] of Object.entries(times) as [IncidentMilestoneId, number][]) {
    out[id] = { at, field: id, raw: new Date(at).toISOString() };
  }
  return out;
}

/** A stored incident as an import leaves it. */
export function storedIncident(
  id: string,
  fields: Partial<Omit<IncidentRecord, 'milestones'>> & { readonly times: Times },
): IncidentRecord {
  const { times, ...rest } = fields;
  return {
    id,
    teamId: 'team-a',
    title: `Incident ${id}`,
    reference: null,
    severity: null,
    severityRaw: null,
    services: [],
    teamHint: null,
    source: 'pagerduty',
    sourceKey: 'pagerduty',
    sourceId: `P${id}`,
    state: 'recovered',
    runbookUsed: null,
    automationUsed: null,
    reviewHeld: null,
    notes: [],
    importedFrom: { fileName: 'incidents.json', at: NOW },
    createdAt: NOW,
    updatedAt: NOW,
    ...rest,
    milestones: milestones(times),
  };
}

const DAY3 = DAY0 + 3 * 86_400_000;
const DAY5 = DAY0 + 5 * 86_400_000;

/**
 * Detected 09:00 on day 3 (impact began 4 min before), acknowledged 2 min later, diagnosed at
 * 15 min, recovered at 47 min. The file writes its service in its own case: it is Alpha's Checkout.
 */
export const INCIDENT = storedIncident('i1', {
  severity: 'SEV1',
  severityRaw: 'P1',
  services: ['checkout '],
  times: {
    impactBegan: DAY3 - 4 * MINUTE,
    detected: DAY3,
    acknowledged: DAY3 + 2 * MINUTE,
    diagnosed: DAY3 + 15 * MINUTE,
    recovered: DAY3 + 47 * MINUTE,
  },
});

/** Still open: stored, never counted. */
export const OPEN_INCIDENT = storedIncident('i2', {
  severity: 'SEV2',
  source: 'opsgenie',
  sourceKey: 'opsgenie',
  state: 'open',
  services: ['Search'],
  times: { detected: DAY5, acknowledged: DAY5 + MINUTE },
});

/**
 * Night owls' incident from a spreadsheet: no severity and no acknowledgement, so neither time to
 * acknowledge nor time to diagnose (acknowledged → diagnosed) is known; recovered in 2 h 10 min,
 * on a service the team has not entered.
 */
export const UNACKNOWLEDGED_INCIDENT = storedIncident('i3', {
  teamId: 'team-b',
  source: 'csv',
  sourceKey: 'ops-sheet',
  services: ['Billing'],
  times: {
    detected: DAY5,
    diagnosed: DAY5 + 40 * MINUTE,
    mitigated: DAY5 + 100 * MINUTE,
    recovered: DAY5 + 130 * MINUTE,
  },
});

export const INCIDENTS: readonly IncidentRecord[] = [
  INCIDENT,
  OPEN_INCIDENT,
  UNACKNOWLEDGED_INCIDENT,
];

export function smallInput(incidents: readonly IncidentRecord[] = INCIDENTS): MetricsInput {
  return {
    trends: sourceOf(
      [
        // Recovers in 3 + 10 + 5 + 4 = 22 min.
        { id: 'd1', day: 0, phases: FULL, severity: 'SEV2' },
        // Diagnose skipped, so Diagnose and Mitigate are one span with no phase time of their own;
        // recovers in 1 + 20 + 10 = 31 min; two services.
        {
          id: 'd2',
          day: 1,
          phases: [1, 1, null, 20, 10, 2],
          severity: 'SEV1',
          serviceIds: ['svc-1', 'svc-2'],
        },
        { id: 'd3', teamId: 'team-b', day: 2, phases: [5, 2], status: 'aborted', severity: 'SEV3' },
      ],
      {
        teams: [
          {
            id: 'team-a',
            name: 'Alpha',
            demo: false,
            modelId: 'mttr-maturity@1',
            createdAt: 0,
            updatedAt: 0,
          },
          // A name with every character a label value must escape.
          {
            id: 'team-b',
            name: 'Night "owls" \\ on\ncall',
            demo: false,
            modelId: 'mttr-maturity@1',
            createdAt: 0,
            updatedAt: 0,
          },
        ],
        assessments: [assessment('a1', 'team-a', '2025-01-10', DAY0 + 9 * 86_400_000)],
        answersByAssessment: new Map([['a1', answeredAll('yes')]]),
      },
    ),
    incidents,
    now: NOW,
  };
}

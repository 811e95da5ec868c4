// A small hand-made dataset for the metrics tests (not used by the app): two teams, three drills
// (one aborted), one final assessment and one imported incident.
import { DAY0, FULL, sourceOf } from '../trends/trends-fixtures';
import { CURRENT_MODEL } from '../maturity/models';
import type { AssessmentRecord } from '../records/assessments';
import type { PlainAnswer } from '../maturity/answers';
import { NO_MILESTONES, type Milestones } from '../incidents/incident';
import type { MetricsInput } from './exposition';
import type { IncidentForMetrics } from './recoveries';

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

function milestones(times: Partial<Record<keyof Milestones, number>>): Milestones {
  const out: Record<string, Milestones[keyof Milestones]> = { ...NO_MILESTONES };
  for (const [id, at] of Object.entries(times)) out[id] = { at, field: id, raw: String(at) };
  return out as Milestones;
}

/** Detected 09:00 on day 3, acknowledged 2 min later, diagnosed at 15 min, recovered at 47 min. */
export const INCIDENT: IncidentForMetrics = {
  team: 'Alpha',
  services: ['Checkout'],
  incident: {
    severity: 'SEV1',
    milestones: milestones({
      detected: DAY0 + 3 * 86_400_000,
      acknowledged: DAY0 + 3 * 86_400_000 + 2 * MINUTE,
      diagnosed: DAY0 + 3 * 86_400_000 + 15 * MINUTE,
      recovered: DAY0 + 3 * 86_400_000 + 47 * MINUTE,
    }),
  },
};

export function smallInput(incidents: readonly IncidentForMetrics[] = [INCIDENT]): MetricsInput {
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

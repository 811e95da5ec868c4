// An assessment for repository tests (not used by the app): the current model's criteria and a
// draft started by two participants.
import { criteriaOf } from '../../domain/maturity/model-types';
import { MODEL_V1 } from '../../domain/maturity/model-v1';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { TestRig } from '../test-support';

export const CRITERIA = criteriaOf(MODEL_V1).map((criterion) => criterion.id);
export const FIRST = CRITERIA[0] ?? '';
export const amara = { id: 'p-amara', name: 'Amara' };
export const liam = { id: 'p-liam', name: 'Liam' };

/** A draft for the team, facilitated by Amara with Amara and Liam taking part. */
export async function startAssessment(
  rig: TestRig,
  teamId: Id,
  independentRaters = false,
  takenOn = '2025-01-10',
): Promise<AssessmentRecord> {
  const result = await rig.repos.assessments.start(teamId, {
    takenOn,
    facilitator: 'Amara',
    participants: [amara, liam],
    independentRaters,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

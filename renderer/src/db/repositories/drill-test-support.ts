// A valid drill plan for repository tests (not used by the app).
import { DEFAULT_TARGETS } from '../../domain/drills/phases';
import type { DrillPlanInput } from '../../domain/drills/plan-rules';
import type { Id } from '../../domain/records/common';
import { createTeams, type TestRig } from '../test-support';

export function planInput(serviceIds: readonly Id[], overrides: Partial<DrillPlanInput> = {}) {
  return {
    title: 'Failover',
    scenarioId: 'builtin:database-failover',
    serviceIds,
    severity: 'SEV2',
    plannedFor: '2025-03-03',
    hypothesis: 'We fail over within 2 minutes.',
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: 'Cleo',
    responders: 'Dev',
    observers: '',
    targets: DEFAULT_TARGETS,
    ...overrides,
  } satisfies DrillPlanInput;
}

/** A team "Payments" with one tier-1 service, the usual start of a drill test. */
export async function createTeamWithService(
  rig: TestRig,
): Promise<{ readonly teamId: Id; readonly serviceId: Id }> {
  const [teamId = ''] = await createTeams(rig, 'Payments');
  const service = await rig.repos.services.add(teamId, { name: 'Ledger', tier: 1 });
  if (!service.ok) throw new Error('setup failed');
  return { teamId, serviceId: service.value.id };
}

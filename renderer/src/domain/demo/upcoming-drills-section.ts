// Section "upcoming-drills": one or two game days per demo team planned in the coming weeks, so
// Home's "next drill" and the run screen have something to show. Plans are built from a scenario
// the way the planning form builds them and pass the same validation (validateDrillPlan).
import type { EpochMs } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import { EMPTY_DRILL_KIT, type DrillRecord, type Severity } from '../records/drills';
import { localIsoDate } from '../dates/iso-date';
import { BUILT_IN_SCENARIOS } from '../drills/builtin-scenarios';
import { validateDrillPlan, type DrillPlanInput } from '../drills/plan-rules';
import type { Random } from '../random';
import { DAY_MS, type DemoSection } from './dataset';

const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV2', 'SEV3'];

export const upcomingDrillsSection: DemoSection = {
  name: 'upcoming-drills',
  generate: ({ now, random }, soFar) => ({
    drills: soFar.teams.flatMap((team) =>
      teamPlans(
        team,
        soFar.services.filter((s) => s.teamId === team.id),
        soFar.people.filter((p) => p.teamId === team.id),
        random.fork(team.id),
        now,
      ),
    ),
  }),
};

function teamPlans(
  team: TeamRecord,
  services: readonly ServiceRecord[],
  people: readonly PersonRecord[],
  random: Random,
  now: EpochMs,
): DrillRecord[] {
  if (services.length === 0 || people.length < 3) return [];
  // The first within two weeks, a second (for some teams) about a month later.
  const offsets = [random.int(3, 14)];
  if (random.float() < 0.6) offsets.push((offsets[0] ?? 0) + random.int(25, 40));
  return offsets.flatMap((days) => {
    const plan = planFor(services, people, random, localIsoDate(now + days * DAY_MS, 0));
    if (!plan.ok) return [];
    const createdAt = now - random.int(1, 10) * DAY_MS;
    return [
      {
        id: random.uuid(),
        teamId: team.id,
        status: 'planned',
        review: null,
        kit: EMPTY_DRILL_KIT,
        ...plan.value,
        createdAt,
        updatedAt: createdAt,
      },
    ];
  });
}

function planFor(
  services: readonly ServiceRecord[],
  people: readonly PersonRecord[],
  random: Random,
  plannedFor: string,
) {
  const scenario = random.pick(BUILT_IN_SCENARIOS);
  // A game day usually rehearses the failure of something that matters most.
  const critical = services.filter((s) => s.tier === 1);
  const service = random.pick(critical.length > 0 ? critical : services);
  const cast = random.shuffle(people).map((p) => p.name);
  const input: DrillPlanInput = {
    title: scenario.name,
    scenarioId: scenario.id,
    serviceIds: [service.id],
    severity: random.pick(SEVERITIES),
    plannedFor,
    hypothesis: scenario.hypothesis,
    facilitator: cast[0] ?? '',
    incidentCommander: cast[1] ?? '',
    scribe: cast[2] ?? '',
    responders: cast.slice(3, 5).join(', ') || (cast[2] ?? ''),
    observers: '',
    targets: scenario.targets,
  };
  return validateDrillPlan(input, {
    teamServiceIds: services.map((s) => s.id),
    scenarioName: scenario.name,
  });
}

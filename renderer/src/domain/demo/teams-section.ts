// Section "teams": the demo teams with their services and people. Teams are dated before the start
// of the demo history so that every later drill and assessment falls inside a team's lifetime.
import type { EpochMs } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import type { Random } from '../random';
import { DAY_MS, DEMO_HISTORY_DAYS, type DemoSection } from './dataset';
import {
  COMMON_ROLES,
  FAMILY_NAMES,
  FIRST_NAMES,
  LEAD_ROLES,
  TEAM_BLUEPRINTS,
  type ServiceBlueprint,
  type TeamBlueprint,
} from './team-catalogue';

const SERVICES_PER_TEAM = { min: 3, max: 6 } as const;
const PEOPLE_PER_TEAM = { min: 4, max: 7 } as const;

export const teamsSection: DemoSection = {
  name: 'teams',
  generate: ({ now, random }) => {
    // One shuffled pool of first names for the whole set keeps every full name unique.
    const firstNames = random.shuffle(FIRST_NAMES);
    const nextFirstName = (): string => {
      const name = firstNames.shift();
      if (name === undefined) throw new Error('FIRST_NAMES is too short for the demo teams');
      return name;
    };
    const parts = TEAM_BLUEPRINTS.map((blueprint) =>
      generateTeam(blueprint, random, now, nextFirstName),
    );
    return {
      teams: parts.map((part) => part.team),
      services: parts.flatMap((part) => part.services),
      people: parts.flatMap((part) => part.people),
    };
  },
};

interface TeamPart {
  readonly team: TeamRecord;
  readonly services: readonly ServiceRecord[];
  readonly people: readonly PersonRecord[];
}

function generateTeam(
  blueprint: TeamBlueprint,
  random: Random,
  now: EpochMs,
  nextFirstName: () => string,
): TeamPart {
  const createdAt = now - (DEMO_HISTORY_DAYS + random.int(14, 60)) * DAY_MS - random.int(0, DAY_MS);
  const team: TeamRecord = {
    id: random.uuid(),
    name: blueprint.name,
    demo: true,
    modelId: 'mttr-maturity@1',
    createdAt,
    updatedAt: createdAt,
  };
  // Services and people were added during the team's first two weeks.
  const joinedAt = (): EpochMs => createdAt + random.int(0, 14 * DAY_MS);
  const services = pickServices(blueprint, random).map((service): ServiceRecord =>
    stamp({ teamId: team.id, ...service }, random, joinedAt()),
  );
  const people = pickRoles(blueprint, random).map((role): PersonRecord =>
    stamp(
      { teamId: team.id, name: `${nextFirstName()} ${random.pick(FAMILY_NAMES)}`, role },
      random,
      joinedAt(),
    ),
  );
  return { team, services, people };
}

function stamp<T extends object>(fields: T, random: Random, at: EpochMs): T & Stamped {
  return { id: random.uuid(), ...fields, createdAt: at, updatedAt: at };
}

type Stamped = Pick<TeamRecord, 'id' | 'createdAt' | 'updatedAt'>;

/** 3–6 services, always including at least one tier-1 service. */
function pickServices(blueprint: TeamBlueprint, random: Random): ServiceBlueprint[] {
  const count = random.int(
    SERVICES_PER_TEAM.min,
    Math.min(SERVICES_PER_TEAM.max, blueprint.services.length),
  );
  const critical = random.pick(blueprint.services.filter((service) => service.tier === 1));
  const others = random.shuffle(blueprint.services.filter((service) => service !== critical));
  return [critical, ...others.slice(0, count - 1)];
}

/** 4–7 roles: the leads first, then a mix of the team's own and the common roles. */
function pickRoles(blueprint: TeamBlueprint, random: Random): string[] {
  const count = random.int(PEOPLE_PER_TEAM.min, PEOPLE_PER_TEAM.max);
  const pool = random.shuffle([...blueprint.roles, ...COMMON_ROLES]);
  return [...LEAD_ROLES, ...pool].slice(0, count);
}

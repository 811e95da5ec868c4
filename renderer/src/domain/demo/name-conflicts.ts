// The demo data must not break the rule that names are unique: a demo team named like one of the
// user's teams, or a demo service or person named like one the user added to a demo team, would
// give a name twice. Loading is then refused, and the message names the clashes.
import type { Id } from '../records/common';
import { sameName } from '../teams/team-rules';
import type { DemoDataset } from './dataset';

interface Named {
  readonly id: Id;
  readonly name: string;
}
interface Member extends Named {
  readonly teamId: Id;
}

/** What is stored now: every team, and the services and people of the demo's teams. */
export interface StoredNames {
  readonly teams: readonly Named[];
  readonly services: readonly Member[];
  readonly people: readonly Member[];
}

/** The demo records whose names are already used, in words ("the team “Payments”"). */
export function demoNameConflicts(dataset: DemoDataset, stored: StoredNames): string[] {
  const teamName = (id: Id) =>
    (stored.teams.find((team) => team.id === id) ?? dataset.teams.find((team) => team.id === id))
      ?.name ?? '';
  const clashes = (candidate: Named, others: readonly Named[]) =>
    others.some((other) => other.id !== candidate.id && sameName(other.name, candidate.name));
  const inTeam = (rows: readonly Member[], teamId: Id) =>
    rows.filter((row) => row.teamId === teamId);
  return [
    ...dataset.teams
      .filter((team) => clashes(team, stored.teams))
      .map((team) => `the team “${team.name}”`),
    ...dataset.services
      .filter((service) => clashes(service, inTeam(stored.services, service.teamId)))
      .map((service) => `the service “${service.name}” in “${teamName(service.teamId)}”`),
    ...dataset.people
      .filter((person) => clashes(person, inTeam(stored.people, person.teamId)))
      .map((person) => `“${person.name}” in “${teamName(person.teamId)}”`),
  ];
}

const SHOWN_CONFLICTS = 5;
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The refusal, naming the first few clashes and counting the rest. */
export function demoConflictMessage(conflicts: readonly string[]): string {
  const shown = conflicts.slice(0, SHOWN_CONFLICTS);
  const hidden = conflicts.length - shown.length;
  const named = list.format(hidden > 0 ? [...shown, `${hidden} more`] : shown);
  return `The demo data can’t be loaded because some of its names are already used: ${named}. Rename those, then load the demo data again.`;
}

// What "Remove sample data" removes: the teams the demo data loaded (marked `demo` when the
// generator made them) and everything they own, whatever the user has since added to them. Every
// other team is the user's, with all it holds, and is never touched. Deciding this by the marker
// rather than by name keeps a team the user named like a sample team, or made before sample data
// was loaded, out of reach.
import type { TeamRecord } from '../records/teams';

/** True for a team the demo data loaded. */
export function isDemoTeam(team: Pick<TeamRecord, 'demo'>): boolean {
  return team.demo;
}

/** The sample teams among `teams`, in their given order. */
export function demoTeams<T extends Pick<TeamRecord, 'demo'>>(teams: readonly T[]): T[] {
  return teams.filter(isDemoTeam);
}

/** What the sample teams own, counted for the confirmation. */
export interface SampleDataSummary {
  /** The sample teams' names as they read now (a user may have renamed one). */
  readonly teams: readonly string[];
  readonly services: number;
  readonly people: number;
  readonly assessments: number;
  readonly drills: number;
  readonly actionItems: number;
}

const COUNTED = [
  ['services', 'service', 'services'],
  ['people', 'person', 'people'],
  ['assessments', 'assessment', 'assessments'],
  ['drills', 'drill', 'drills'],
  ['actionItems', 'action item', 'action items'],
] as const;

/** "A, B and C": names joined as a sentence lists them. */
function listed(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/**
 * The confirmation's sentence: which teams go, and how much goes with them. Null when there is no
 * sample data, so nothing is offered for removal.
 */
export function describeSampleData(summary: SampleDataSummary): string | null {
  const count = summary.teams.length;
  if (count === 0) return null;
  const owned = COUNTED.filter(([key]) => summary[key] > 0).map(
    ([key, one, many]) => `${summary[key]} ${summary[key] === 1 ? one : many}`,
  );
  const teams = `${count === 1 ? 'the sample team' : `the ${count} sample teams`} ${listed(summary.teams)}`;
  const withThem =
    owned.length === 0
      ? ''
      : `, with ${owned.slice(0, -1).join(', ')}${owned.length > 1 ? ' and ' : ''}${owned.at(-1) ?? ''}`;
  return `This deletes ${teams}${withThem}. Your own teams and everything recorded for them are kept.`;
}

// A backup of a large organisation for the backup benchmark: the demo data set copied until it
// holds 200 teams (each with its services, people, eighteen months of quarterly assessments with
// their answers, targets and action items), 10,000 drills with their runs spread over those teams,
// and 20,000 incidents imported from a PagerDuty export (bench/lib/incidents-fixture.ts). Every copy
// gets its own ids, so the file is what a real export of that history would be.
import { generateDemoData } from '../../renderer/src/domain/demo/generate-demo';
import { runsFromEvents } from '../../renderer/src/domain/records/drill-runs';
import { BACKUP_FORMAT } from '../../renderer/src/db/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';
import { storedIncidents } from './incidents-fixture';

/** What the benchmark imports: an organisation of this size. */
export const ORGANISATION = { teams: 200, drills: 10_000, incidents: 20_000 } as const;

const UUID = /[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gu;

/** Rewrites every id in `rows` for copy `copy` of its kind; ids in `teamOwned` follow the team copy. */
function copyRows<T>(
  rows: readonly T[],
  tag: string,
  teamOwned: ReadonlySet<string>,
  teamTag: string,
): T[] {
  const text = JSON.stringify(rows).replace(UUID, (id: string, rest: string) =>
    teamOwned.has(id) ? `${teamTag}${rest}` : `${tag}${rest}`,
  );
  return JSON.parse(text) as T[];
}

const tagOf = (kind: number, copy: number) =>
  `${kind.toString(16)}${copy.toString(16).padStart(7, '0')}`;

export interface LargeBackup {
  readonly text: string;
  /** Records per store, as the file holds them. */
  readonly counts: Readonly<Record<string, number>>;
  /** Drill events, inside the runs. */
  readonly events: number;
}

export function largeBackup(
  now: number,
  size: {
    readonly teams: number;
    readonly drills: number;
    readonly incidents: number;
  } = ORGANISATION,
): LargeBackup {
  const demo = generateDemoData({ seed: 2026, now });
  const teamOwned = new Set([...demo.teams.map((t) => t.id), ...demo.services.map((s) => s.id)]);
  const stores: Record<string, unknown[]> = {};
  const push = (store: string, rows: readonly unknown[]) => {
    (stores[store] ??= []).push(...rows);
  };
  const teamCopies = Math.ceil(size.teams / demo.teams.length);
  for (let copy = 0; copy < teamCopies; copy++) {
    const tag = tagOf(1, copy);
    const teams = copyRows(demo.teams, tag, teamOwned, tag).map((team) => ({
      ...team,
      name: `${team.name} ${String(copy + 1)}`,
    }));
    push('teams', teams);
    for (const store of [
      'services',
      'people',
      'assessments',
      'answers',
      'targets',
      'actionItems',
    ] as const) {
      push(store, copyRows<unknown>(demo[store], tag, teamOwned, tag));
    }
  }
  const perCopy = demo.drills.length;
  let events = 0;
  for (let copy = 0; copy * perCopy < size.drills; copy++) {
    const take = Math.min(perCopy, size.drills - copy * perCopy);
    const drills = demo.drills.slice(0, take);
    const ids = new Set(drills.map((d) => d.id));
    const runs = runsFromEvents(demo.drillEvents.filter((e) => ids.has(e.drillId)));
    const teamTag = tagOf(1, copy % teamCopies);
    push('drills', copyRows(drills, tagOf(2, copy), teamOwned, teamTag));
    push('drillRuns', copyRows(runs, tagOf(2, copy), teamOwned, teamTag));
    events += runs.reduce((sum, run) => sum + run.events.length, 0);
  }
  const teamIds = (stores.teams as { id: string }[]).map((team) => team.id);
  push('incidents', storedIncidents(size.incidents, teamIds, now));
  for (const store of ['scenarios', 'settings', 'models', 'teamGroups', 'importMappings']) {
    stores[store] ??= [];
  }
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: 'bench',
    exportedAt: new Date(now).toISOString(),
    stores,
  });
  const counts = Object.fromEntries(Object.entries(stores).map(([k, v]) => [k, v.length]));
  return { text, counts, events };
}

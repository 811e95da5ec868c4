// A backup of a large organisation for the backup benchmark: the demo data set copied until it
// holds 10,000 drills. Teams (with their services, people, assessments, answers, targets and
// action items) are copied TEAM_COPIES times, about fifty teams with eighteen months of quarterly
// assessments each; drills and their events are copied as often as needed and spread over those
// teams. Every copy gets its own ids, so the file is what a real export of that history would be.
import { generateDemoData } from '../../renderer/src/domain/demo/generate-demo';
import { BACKUP_FORMAT } from '../../renderer/src/db/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/schema';

const TEAM_COPIES = 13;
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

export function largeBackup(drillCount: number, now: number): { text: string; drills: number } {
  const demo = generateDemoData({ seed: 2026, now });
  const teamOwned = new Set([...demo.teams.map((t) => t.id), ...demo.services.map((s) => s.id)]);
  const stores: Record<string, unknown[]> = {
    teams: [],
    services: [],
    people: [],
    scenarios: [],
    assessments: [],
    answers: [],
    targets: [],
    drills: [],
    drillEvents: [],
    actionItems: [],
    settings: [],
  };
  const push = (store: string, rows: readonly unknown[]) => {
    (stores[store] ?? []).push(...rows);
  };
  for (let copy = 0; copy < TEAM_COPIES; copy++) {
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
  for (let copy = 0; copy * perCopy < drillCount; copy++) {
    const take = Math.min(perCopy, drillCount - copy * perCopy);
    const drills = demo.drills.slice(0, take);
    const ids = new Set(drills.map((d) => d.id));
    const events = demo.drillEvents.filter((e) => ids.has(e.drillId));
    const teamTag = tagOf(1, copy % TEAM_COPIES);
    push('drills', copyRows(drills, tagOf(2, copy), teamOwned, teamTag));
    push('drillEvents', copyRows(events, tagOf(2, copy), teamOwned, teamTag));
  }
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: 'bench',
    exportedAt: new Date(now).toISOString(),
    stores,
  });
  return { text, drills: stores.drills?.length ?? 0 };
}

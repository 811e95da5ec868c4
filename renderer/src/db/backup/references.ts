// Records that belong to another record must find their owner, in the file or in this database:
// everything of a team needs the team, an answer its assessment, a drill event its drill. These
// are the links the app deletes together (deleting a team deletes what it owns), so a record
// without its owner is damage. Looser links (a drill's services, an action item's owner) may
// legitimately point at something deleted since, and are not checked.
import type { MttrDatabase } from '../database';
import type { BackupRecords, BackupStore, ImportProblem } from './format';
import { recordProblem, showValue } from './messages';

interface Link {
  readonly store: BackupStore;
  readonly field: string;
  readonly owner: 'teams' | 'assessments' | 'drills';
  readonly ownerLabel: string;
}

const LINKS: readonly Link[] = [
  { store: 'services', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'people', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'assessments', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'answers', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'answers', field: 'assessmentId', owner: 'assessments', ownerLabel: 'an assessment' },
  { store: 'targets', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'drills', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'drillEvents', field: 'drillId', owner: 'drills', ownerLabel: 'a drill' },
  { store: 'drillEvents', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
  { store: 'actionItems', field: 'teamId', owner: 'teams', ownerLabel: 'a team' },
];

type Row = Readonly<Record<string, unknown>>;

/** Owners this database holds that the file refers to but does not carry, by owner store and id. */
export type StoredOwners = Readonly<Record<Link['owner'], ReadonlyMap<string, Row>>>;

export type LinkResult = { ok: true; stored: StoredOwners } | { ok: false; problem: ImportProblem };

export async function checkLinks(db: MttrDatabase, records: BackupRecords): Promise<LinkResult> {
  const inFile = (owner: Link['owner']) =>
    new Set((records[owner] as readonly Row[]).map((row) => row.id as string));
  const owners = {
    teams: inFile('teams'),
    assessments: inFile('assessments'),
    drills: inFile('drills'),
  };
  const stored = {
    teams: await lookUp(db, 'teams', records, owners.teams),
    assessments: await lookUp(db, 'assessments', records, owners.assessments),
    drills: await lookUp(db, 'drills', records, owners.drills),
  };
  for (const link of LINKS) {
    const rows = records[link.store] as readonly Row[];
    const index = rows.findIndex((row) => {
      const target = row[link.field] as string;
      return !owners[link.owner].has(target) && !stored[link.owner].has(target);
    });
    const row = rows[index];
    if (row !== undefined) {
      const what = `refers to ${link.ownerLabel} that is neither in this file nor in the app: ${showValue(row[link.field])}`;
      return {
        ok: false,
        problem: recordProblem(
          { store: link.store, index, id: row.id as string },
          link.field,
          what,
        ),
      };
    }
  }
  return { ok: true, stored };
}

/** The stored owners named by the file's records but not carried by it. */
async function lookUp(
  db: MttrDatabase,
  owner: Link['owner'],
  records: BackupRecords,
  inFile: ReadonlySet<string>,
): Promise<Map<string, Row>> {
  const wanted = new Set<string>();
  for (const link of LINKS) {
    if (link.owner !== owner) continue;
    for (const row of records[link.store] as readonly Row[]) {
      const target = row[link.field] as string;
      if (!inFile.has(target)) wanted.add(target);
    }
  }
  const ids = [...wanted];
  const found = await db.table<Row, string>(owner).bulkGet(ids);
  const map = new Map<string, Row>();
  found.forEach((row, index) => {
    if (row !== undefined) map.set(ids[index] as string, row);
  });
  return map;
}

// Records that belong to another record must find their owner, in the file or in this database:
// everything of a team needs the team, an answer its assessment, a drill event its drill. These
// are the links the app deletes together (deleting a team deletes what it owns), so a record
// without its owner is damage. Each record kind declares its owners (renderer/src/domain/records).
// Looser links (a drill's services, an action item's owner) may legitimately point at something
// deleted since, and are not checked.
import type { Id, StoredShape } from '../../domain/records/common';
import {
  isStoreName,
  RECORD_KINDS,
  recordKind,
  type RecordOf,
  type StoreName,
} from '../../domain/records/registry';
import type { MttrDatabase } from '../database';
import type { BackupRecords } from './format';
import { recordProblem, showValue } from './messages';
import type { Checked, Problem } from '../../domain/outcome';

interface Link {
  readonly store: StoreName;
  readonly field: string;
  readonly owner: StoreName;
}

/** Every owner link the record kinds declare, in the order of the registry. */
const LINKS: readonly Link[] = RECORD_KINDS.flatMap(({ store, owners }) =>
  Object.entries(owners).flatMap(([field, owner]) =>
    typeof owner === 'string' && isStoreName(owner) ? [{ store, field, owner }] : [],
  ),
);

const OWNER_STORES = [...new Set(LINKS.map((link) => link.owner))];

/** A record's field by name, as the links name them. */
const fieldOf = (record: object, field: string): unknown => (record as StoredShape)[field];

/** "a team", "an assessment": the owner as a message names it. */
function ownerLabel(owner: StoreName): string {
  const label = recordKind(owner).label.one.toLowerCase();
  return `${/^[aeiou]/u.test(label) ? 'an' : 'a'} ${label}`;
}

/** Owners this database holds that the file refers to but does not carry, by owner store and id. */
export type StoredOwners = { readonly [S in StoreName]?: ReadonlyMap<Id, RecordOf<S>> };

export async function checkLinks(
  db: MttrDatabase,
  records: BackupRecords,
): Promise<Checked<StoredOwners>> {
  const inFile = new Map(
    OWNER_STORES.map((owner) => [owner, new Set(records[owner].map(recordKind(owner).keyOf))]),
  );
  const stored: Partial<Record<StoreName, ReadonlyMap<Id, unknown>>> = {};
  for (const owner of OWNER_STORES) {
    stored[owner] = await lookUp(db, owner, records, inFile.get(owner) ?? new Set());
  }
  const known = (owner: StoreName, id: unknown) =>
    typeof id === 'string' &&
    (inFile.get(owner)?.has(id) === true || stored[owner]?.has(id) === true);
  for (const link of LINKS) {
    const problem = findOrphan(link, records[link.store], known);
    if (problem !== null) return { ok: false, problem };
  }
  // Each map was read from its own owner's table above.
  return { ok: true, value: stored as StoredOwners };
}

/** The first record of a store whose owner, named by the link's field, is nowhere. */
function findOrphan<S extends StoreName>(
  link: Link & { readonly store: S },
  rows: readonly RecordOf<S>[],
  known: (owner: StoreName, id: unknown) => boolean,
): Problem | null {
  const index = rows.findIndex((row) => !known(link.owner, fieldOf(row, link.field)));
  const row = rows[index];
  if (row === undefined) return null;
  const what = `refers to ${ownerLabel(link.owner)} that is neither in this file nor in the app: ${showValue(fieldOf(row, link.field))}`;
  const ref = { store: link.store, index, id: recordKind(link.store).keyOf(row) };
  return recordProblem(ref, link.field, what);
}

/** The stored owners named by the file's records but not carried by it. */
async function lookUp<S extends StoreName>(
  db: MttrDatabase,
  owner: S,
  records: BackupRecords,
  inFile: ReadonlySet<string>,
): Promise<Map<Id, RecordOf<S>>> {
  const wanted = new Set<Id>();
  for (const link of LINKS) {
    if (link.owner !== owner) continue;
    for (const row of records[link.store]) {
      const target = fieldOf(row, link.field);
      if (typeof target === 'string' && !inFile.has(target)) wanted.add(target);
    }
  }
  const ids = [...wanted];
  const found = await db.table<RecordOf<S>, Id>(owner).bulkGet(ids);
  const map = new Map<Id, RecordOf<S>>();
  found.forEach((row, index) => {
    if (row !== undefined) map.set(ids[index] as Id, row);
  });
  return map;
}

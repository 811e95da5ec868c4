// Answers and targets have a second identity besides their id: the app keeps one answer per
// assessment, rater and criterion, and one target per team and category, and finds them by those
// fields, not by id. Two machines that each answered the same criterion of a shared assessment (or
// set the same team's target) hold two records under different ids. Merging by id alone would keep
// both, and the app would then read whichever comes first. So a file's record takes the id of the
// record stored here under the same identity, and the usual rule (the newer `updatedAt` wins)
// decides between the two copies. Nothing refers to an answer or a target by id, so this is safe.
import type { MttrDatabase } from '../database';
import type { Row } from './decide';
import type { BackupRecords, ImportProblem } from './format';
import { recordProblem } from './messages';

interface NaturalKey {
  readonly store: 'answers' | 'targets';
  /** The field that names the owner, used to load only the owners' stored records. */
  readonly owner: 'assessmentId' | 'teamId';
  readonly fields: readonly string[];
  readonly what: string;
}

const NATURAL_KEYS: readonly NaturalKey[] = [
  {
    store: 'answers',
    owner: 'assessmentId',
    fields: ['assessmentId', 'raterId', 'criterionId'],
    what: 'is a second answer of the same rater to the same criterion of its assessment',
  },
  {
    store: 'targets',
    owner: 'teamId',
    fields: ['teamId', 'categoryId'],
    what: 'is a second target of its team for the same category',
  },
];

const keyOf = (row: Row, key: NaturalKey) => JSON.stringify(key.fields.map((field) => row[field]));

/** A file holding two records with one identity was not written by the app: refused as damage. */
export function findNaturalKeyDuplicate(records: BackupRecords): ImportProblem | null {
  for (const key of NATURAL_KEYS) {
    const rows = records[key.store] as readonly Row[];
    const seen = new Set<string>();
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      const identity = keyOf(row, key);
      if (seen.has(identity)) {
        return recordProblem(
          { store: key.store, index, id: row.id as string },
          undefined,
          key.what,
        );
      }
      seen.add(identity);
    }
  }
  return null;
}

/** The file's records, with answers and targets renamed to the id of the stored record they are. */
export async function adoptStoredIds(
  db: MttrDatabase,
  records: BackupRecords,
): Promise<BackupRecords> {
  let adopted = records;
  for (const key of NATURAL_KEYS) {
    const rows = records[key.store] as readonly Row[];
    const stored = await storedByKey(db, key, rows);
    if (stored.size === 0) continue;
    // A file that carries the stored record itself under another identity is left to the id rule.
    const inFile = new Set(rows.map((row) => row.id as string));
    const renamed = rows.map((row) => {
      const local = stored.get(keyOf(row, key));
      return local === undefined || local.ids.has(row.id as string) || inFile.has(local.id)
        ? row
        : { ...row, id: local.id };
    });
    adopted = { ...adopted, [key.store]: renamed };
  }
  return adopted;
}

interface Stored {
  /** The id the app reads for this identity: the first in primary-key order, as its queries do. */
  readonly id: string;
  /** Every stored id with this identity. */
  readonly ids: Set<string>;
}

async function storedByKey(
  db: MttrDatabase,
  key: NaturalKey,
  rows: readonly Row[],
): Promise<Map<string, Stored>> {
  const byKey = new Map<string, Stored>();
  if (rows.length === 0) return byKey;
  const owners = [...new Set(rows.map((row) => row[key.owner] as string))];
  const stored = await db.table<Row, string>(key.store).where(key.owner).anyOf(owners).toArray();
  stored.sort((a, b) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0));
  for (const row of stored) {
    const identity = keyOf(row, key);
    const found = byKey.get(identity);
    if (found === undefined)
      byKey.set(identity, { id: row.id as string, ids: new Set([row.id as string]) });
    else found.ids.add(row.id as string);
  }
  return byKey;
}

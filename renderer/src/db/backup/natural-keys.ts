// Answers and targets have a second identity besides their id: the app keeps one answer per
// assessment, rater and criterion, and one target per team and category, and finds them by those
// fields, not by id. Two machines that each answered the same criterion of a shared assessment (or
// set the same team's target) hold two records under different ids. Merging by id alone would keep
// both, and the app would then read whichever comes first. So a file's record takes the id of the
// record stored here under the same identity, and the usual rule (the newer `updatedAt` wins)
// decides between the two copies. Nothing refers to an answer or a target by id, so this is safe.
import { byText } from '../../domain/records/define';
import type { Id } from '../../domain/records/common';
import type { RecordOf } from '../../domain/records/registry';
import { tableOf, type MttrDatabase } from '../database';
import type { BackupRecords } from './format';
import { recordProblem } from './messages';
import type { Problem } from '../../domain/outcome';

type KeyedStore = 'answers' | 'targets' | 'incidents';

interface NaturalKey<S extends KeyedStore> {
  readonly store: S;
  /** The index of the field that names the owner, used to load only the owners' stored records. */
  readonly ownerIndex: 'assessmentId' | 'teamId';
  readonly ownerOf: (record: RecordOf<S>) => Id;
  readonly identity: (record: RecordOf<S>) => string;
  readonly what: string;
}

const ANSWER_KEY: NaturalKey<'answers'> = {
  store: 'answers',
  ownerIndex: 'assessmentId',
  ownerOf: (answer) => answer.assessmentId,
  identity: (answer) => JSON.stringify([answer.assessmentId, answer.raterId, answer.criterionId]),
  what: 'is a second answer of the same rater to the same criterion of its assessment',
};

const TARGET_KEY: NaturalKey<'targets'> = {
  store: 'targets',
  ownerIndex: 'teamId',
  ownerOf: (target) => target.teamId,
  identity: (target) => JSON.stringify([target.teamId, target.categoryId]),
  what: 'is a second target of its team for the same category',
};

// An imported incident is named by its team, its tool and the tool's id: two machines that each
// imported the same export hold it under two ids, and the store's unique index on that identity
// would refuse the second copy. Nothing refers to an incident by id.
const INCIDENT_KEY: NaturalKey<'incidents'> = {
  store: 'incidents',
  ownerIndex: 'teamId',
  ownerOf: (incident) => incident.teamId,
  identity: (incident) => JSON.stringify([incident.teamId, incident.sourceKey, incident.sourceId]),
  what: 'is a second copy of the same incident of its team (the same tool and id)',
};

/** A file holding two records with one identity was not written by the app: refused as damage. */
export function findNaturalKeyDuplicate(records: BackupRecords): Problem | null {
  return (
    findDuplicate(ANSWER_KEY, records.answers) ??
    findDuplicate(TARGET_KEY, records.targets) ??
    findDuplicate(INCIDENT_KEY, records.incidents)
  );
}

function findDuplicate<S extends KeyedStore>(
  key: NaturalKey<S>,
  records: readonly RecordOf<S>[],
): Problem | null {
  const seen = new Set<string>();
  for (const [index, record] of records.entries()) {
    const identity = key.identity(record);
    if (seen.has(identity)) {
      return recordProblem({ store: key.store, index, id: record.id }, undefined, key.what);
    }
    seen.add(identity);
  }
  return null;
}

/** The file's records, with answers, targets and incidents renamed to the id of the stored record they are. */
export async function adoptStoredIds(
  db: MttrDatabase,
  records: BackupRecords,
): Promise<BackupRecords> {
  return {
    ...records,
    answers: await adopt(db, ANSWER_KEY, records.answers),
    targets: await adopt(db, TARGET_KEY, records.targets),
    incidents: await adopt(db, INCIDENT_KEY, records.incidents),
  };
}

async function adopt<S extends KeyedStore>(
  db: MttrDatabase,
  key: NaturalKey<S>,
  records: readonly RecordOf<S>[],
): Promise<readonly RecordOf<S>[]> {
  const stored = await storedByKey(db, key, records);
  if (stored.size === 0) return records;
  // A file that carries the stored record itself under another identity is left to the id rule.
  const inFile = new Set(records.map((record) => record.id));
  return records.map((record) => {
    const local = stored.get(key.identity(record));
    return local === undefined || local.ids.has(record.id) || inFile.has(local.id)
      ? record
      : { ...record, id: local.id };
  });
}

interface Stored {
  /** The id the app reads for this identity: the first in primary-key order, as its queries do. */
  readonly id: Id;
  /** Every stored id with this identity. */
  readonly ids: Set<Id>;
}

async function storedByKey<S extends KeyedStore>(
  db: MttrDatabase,
  key: NaturalKey<S>,
  records: readonly RecordOf<S>[],
): Promise<Map<string, Stored>> {
  const byKey = new Map<string, Stored>();
  if (records.length === 0) return byKey;
  const owners = [...new Set(records.map(key.ownerOf))];
  const stored = await tableOf(db, key.store).where(key.ownerIndex).anyOf(owners).toArray();
  stored.sort((a, b) => byText(a.id, b.id));
  for (const record of stored) {
    const identity = key.identity(record);
    const found = byKey.get(identity);
    if (found === undefined) byKey.set(identity, { id: record.id, ids: new Set([record.id]) });
    else found.ids.add(record.id);
  }
  return byKey;
}

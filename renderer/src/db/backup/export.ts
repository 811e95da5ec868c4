// Writing a backup: every store read in one transaction so the file is a consistent snapshot.
// Records are in a stable order (by key; drill events by drill, then seq) with their keys sorted,
// one record per line, so the same data always gives the same text apart from `exportedAt`, and
// two backups can be compared line by line.
import type { EpochMs } from '../../domain/records/common';
import { recordKind, type RecordOf, type StoreName } from '../../domain/records/registry';
import { tableOf, type MttrDatabase } from '../database';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { canonicalJson } from '../../domain/text/canonical-json';
import { BACKUP_FORMAT, BACKUP_STORES, type BackupMeta } from './format';

export async function exportBackup(
  db: MttrDatabase,
  meta: { appVersion: string; now: EpochMs },
): Promise<string> {
  const tables = BACKUP_STORES.map((store) => tableOf(db, store));
  const rows = await db.transaction('r', tables, () =>
    Promise.all(BACKUP_STORES.map((store) => tableOf(db, store).toArray())),
  );
  const header: BackupMeta = {
    format: BACKUP_FORMAT,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: new Date(meta.now).toISOString(),
  };
  const stores = BACKUP_STORES.map((store, index) => {
    const sorted = inFileOrder(store, rows[index] ?? []);
    const lines = sorted.map((row) => `      ${canonicalJson(row)}`).join(',\n');
    return `    ${JSON.stringify(store)}: [${sorted.length === 0 ? '' : `\n${lines}\n    `}]`;
  });
  const head = Object.entries(header).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
  );
  return ['{', ...head, '  "stores": {', stores.join(',\n'), '  }', '}', ''].join('\n');
}

function inFileOrder<S extends StoreName>(store: S, rows: RecordOf<S>[]): RecordOf<S>[] {
  return rows.sort(recordKind(store).order);
}

// Writing a backup: every store, read in one transaction so the file is a consistent snapshot.
// Records are in a stable order (by id; drill events by drill, then seq) with their keys sorted,
// one record per line, so the same data always gives the same text apart from `exportedAt`, and
// two backups can be compared line by line.
import type { MttrDatabase } from '../database';
import type { EpochMs } from '../records';
import { LATEST_SCHEMA_VERSION } from '../schema';
import { canonicalJson } from './canonical-json';
import { BACKUP_FORMAT, BACKUP_STORES, type BackupMeta, type BackupStore } from './format';

type Row = Readonly<Record<string, unknown>>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const ORDER: Partial<Record<BackupStore, (a: Row, b: Row) => number>> = {
  settings: (a, b) => byText(String(a.key), String(b.key)),
  drillEvents: (a, b) =>
    byText(String(a.drillId), String(b.drillId)) ||
    Number(a.seq) - Number(b.seq) ||
    byText(String(a.id), String(b.id)),
};
const byId = (a: Row, b: Row) => byText(String(a.id), String(b.id));

export async function exportBackup(
  db: MttrDatabase,
  meta: { appVersion: string; now: EpochMs },
): Promise<string> {
  const tables = BACKUP_STORES.map((store) => db.table<Row>(store));
  const rows = await db.transaction('r', tables, () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  const header: BackupMeta = {
    format: BACKUP_FORMAT,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: meta.appVersion,
    exportedAt: new Date(meta.now).toISOString(),
  };
  const stores = BACKUP_STORES.map((store, index) => {
    const sorted = (rows[index] ?? []).sort(ORDER[store] ?? byId);
    const lines = sorted.map((row) => `      ${canonicalJson(row)}`).join(',\n');
    return `    ${JSON.stringify(store)}: [${sorted.length === 0 ? '' : `\n${lines}\n    `}]`;
  });
  const head = Object.entries(header).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
  );
  return ['{', ...head, '  "stores": {', stores.join(',\n'), '  }', '}', ''].join('\n');
}

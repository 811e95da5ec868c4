// A raw database written in the backup file format, so a copy made before an upgrade (or read
// from a database newer than the app) can be kept, downloaded and later restored like any backup.
import { BACKUP_FORMAT } from '../backup/format';
import type { EpochMs } from '../../domain/records/common';
import type { RawDatabase } from './raw-database';

export function serialiseRawBackup(
  raw: RawDatabase,
  meta: { readonly appVersion: string; readonly now: EpochMs },
): string {
  // Stores in name order: the same data always gives the same text apart from the date.
  const stores = Object.fromEntries(
    Object.keys(raw.stores)
      .sort()
      .map((name) => [name, raw.stores[name]]),
  );
  return JSON.stringify({
    format: BACKUP_FORMAT,
    schemaVersion: raw.version,
    appVersion: meta.appVersion,
    exportedAt: new Date(meta.now).toISOString(),
    stores,
  });
}

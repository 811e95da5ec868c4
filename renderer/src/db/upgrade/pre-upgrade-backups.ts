// Copies of the data made just before a schema upgrade, kept in their own small IndexedDB
// database so an upgrade can never touch them and the user can download one from Settings if an
// upgrade went wrong. Only the newest few are kept: each is a full copy of the data.
import Dexie, { type Table } from 'dexie';
import type { DatabaseBackend } from '../database';
import type { EpochMs } from '../../domain/records/common';
import { storedVersion } from './raw-database';

export const PRE_UPGRADE_BACKUPS_DATABASE = 'mttr-studio-pre-upgrade-backups';
export const KEPT_PRE_UPGRADE_BACKUPS = 5;

export interface PreUpgradeBackupInfo {
  /** `<ISO instant>_v<from>`: sorts by date and says which version it was copied from. */
  readonly id: string;
  readonly createdAt: EpochMs;
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly appVersion: string;
  /** Size of the backup text in UTF-16 code units, for the list. */
  readonly length: number;
}

export interface PreUpgradeBackupRecord extends PreUpgradeBackupInfo {
  /** The backup file's text, in the backup format. */
  readonly text: string;
}

class BackupsDatabase extends Dexie {
  declare readonly backups: Table<PreUpgradeBackupRecord, string>;
  constructor(backend?: DatabaseBackend) {
    super(PRE_UPGRADE_BACKUPS_DATABASE, {
      ...(backend ?? {}),
      chromeTransactionDurability: 'strict',
    });
    this.version(1).stores({ backups: 'id, createdAt' });
  }
}

export interface PreUpgradeBackups {
  save(backup: Omit<PreUpgradeBackupRecord, 'id' | 'length'>): Promise<PreUpgradeBackupInfo>;
  /** Newest first, without the (large) text. */
  list(): Promise<PreUpgradeBackupInfo[]>;
  text(id: string): Promise<string | undefined>;
}

export function preUpgradeBackupId(createdAt: EpochMs, fromVersion: number): string {
  return `${new Date(createdAt).toISOString()}_v${fromVersion}`;
}

async function withDatabase<T>(
  backend: DatabaseBackend | undefined,
  work: (db: BackupsDatabase) => Promise<T>,
): Promise<T> {
  const db = new BackupsDatabase(backend);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export function createPreUpgradeBackups(backend?: DatabaseBackend): PreUpgradeBackups {
  return {
    save: (backup) =>
      withDatabase(backend, (db) =>
        db.transaction('rw', db.backups, async () => {
          const id = preUpgradeBackupId(backup.createdAt, backup.fromVersion);
          const record = { ...backup, id, length: backup.text.length };
          await db.backups.put(record);
          const stale = await db.backups
            .orderBy('createdAt')
            .reverse()
            .offset(KEPT_PRE_UPGRADE_BACKUPS)
            .primaryKeys();
          await db.backups.bulkDelete(stale);
          return infoOf(record);
        }),
      ),
    list: async () => {
      // Settings asks on every visit; most profiles never had an upgrade, so create nothing.
      if ((await storedVersion(PRE_UPGRADE_BACKUPS_DATABASE, backend)) === null) return [];
      return withDatabase(backend, async (db) => {
        const records = await db.backups.orderBy('createdAt').reverse().toArray();
        return records.map(infoOf);
      });
    },
    text: (id) => withDatabase(backend, async (db) => (await db.backups.get(id))?.text),
  };
}

function infoOf(record: PreUpgradeBackupRecord): PreUpgradeBackupInfo {
  const { id, createdAt, fromVersion, toVersion, appVersion, length } = record;
  return { id, createdAt, fromVersion, toVersion, appVersion, length };
}

// What happens before the app opens its database. Dexie upgrades an older database on open, and
// opens one newer than the app too (retrying without a version after the browser's VersionError,
// and adding back any index the newer schema dropped), so it would write into data it does not
// understand. This check runs first so that
// - an older database is copied (in the backup format) before the upgrade changes it, and
// - a newer one is recognised, and the app shows a screen about it instead of failing.
// Nothing here writes to the app's database.
import type { DatabaseBackend } from '../database';
import type { EpochMs } from '../../domain/records/common';
import type { SchemaVersion } from '../schema';
import { createPreUpgradeBackups, type PreUpgradeBackupInfo } from './pre-upgrade-backups';
import { readRawDatabase, storedVersion } from './raw-database';
import { serialiseRawBackup } from './serialise';

export type DatabaseState =
  | { readonly kind: 'new' }
  | { readonly kind: 'current'; readonly version: number }
  | {
      readonly kind: 'upgrade';
      readonly from: number;
      readonly to: number;
      readonly backup: PreUpgradeBackupInfo;
    }
  | { readonly kind: 'newer'; readonly storedVersion: number; readonly appSchemaVersion: number };

export interface PrepareOptions {
  readonly name: string;
  readonly backend?: DatabaseBackend;
  readonly versions: readonly SchemaVersion[];
  readonly appVersion: string;
  readonly now: () => EpochMs;
}

export async function prepareDatabase(options: PrepareOptions): Promise<DatabaseState> {
  const latest = options.versions[options.versions.length - 1]?.version ?? 0;
  const stored = await storedVersion(options.name, options.backend);
  if (stored === null) return { kind: 'new' };
  if (stored > latest) return { kind: 'newer', storedVersion: stored, appSchemaVersion: latest };
  if (stored === latest) return { kind: 'current', version: stored };

  const raw = await readRawDatabase(options.name, options.backend);
  if (raw === null) return { kind: 'new' };
  const createdAt = options.now();
  // If this write fails (disk full), the error stops the start-up: no upgrade without its copy.
  const backup = await createPreUpgradeBackups(options.backend).save({
    createdAt,
    fromVersion: raw.version,
    toVersion: latest,
    appVersion: options.appVersion,
    text: serialiseRawBackup(raw, { appVersion: options.appVersion, now: createdAt }),
  });
  return { kind: 'upgrade', from: raw.version, to: latest, backup };
}

/** Everything a database newer than the app holds, as backup text; null if it is gone. */
export async function exportReadableData(
  options: Pick<PrepareOptions, 'name' | 'backend' | 'appVersion'> & { readonly now: EpochMs },
): Promise<string | null> {
  const raw = await readRawDatabase(options.name, options.backend);
  return raw === null ? null : serialiseRawBackup(raw, options);
}

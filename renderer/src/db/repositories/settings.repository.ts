// App settings, one record per key. Values read from disk are checked against the key's schema:
// a value written by an older or newer app, or damaged, falls back to the default instead of
// reaching the UI with the wrong type.
import type * as z from 'zod/mini';
import type { EpochMs } from '../../domain/records/common';
import {
  SETTING_DEFAULTS,
  settingValueSchemas,
  type SettingKey,
  type SettingRecord,
  type SettingValues,
} from '../../domain/records/settings';
import type { MttrDatabase } from '../database';
import type { RepositoryContext } from './context';

export interface SettingsRepository {
  get<K extends SettingKey>(key: K): Promise<SettingValues[K]>;
  set<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void>;
}

const SETTING_SCHEMAS: { readonly [K in SettingKey]: z.ZodMiniType<SettingValues[K]> } =
  settingValueSchemas();

/** Reads a setting; for use inside a repository's own transaction. */
export async function readSetting<K extends SettingKey>(
  db: MttrDatabase,
  key: K,
): Promise<SettingValues[K]> {
  const stored: unknown = await db.settings.get(key);
  const value =
    typeof stored === 'object' && stored !== null && 'value' in stored ? stored.value : undefined;
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  return parsed.success ? parsed.data : SETTING_DEFAULTS[key];
}

/** Writes a setting; for use inside a repository's own transaction. */
export async function writeSetting<K extends SettingKey>(
  db: MttrDatabase,
  key: K,
  value: SettingValues[K],
  at: EpochMs,
): Promise<void> {
  // A wrong value here is a programming error; refusing it keeps the stored value readable.
  const checked = SETTING_SCHEMAS[key].parse(value);
  await db.settings.put({ key, value: checked, updatedAt: at } as SettingRecord);
}

export function createSettingsRepository({ db, now }: RepositoryContext): SettingsRepository {
  return {
    get: (key) => readSetting(db, key),
    set: (key, value) => writeSetting(db, key, value, now()),
  };
}

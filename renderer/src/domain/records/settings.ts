// App settings, one record per key; the value's type is fixed by the key.
import * as z from 'zod/mini';
import { idText, instant, type EpochMs, type Id } from './common';
import { defineRecordKind } from './define';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface SettingValues {
  readonly currentTeamId: Id | null;
  readonly theme: ThemePreference;
}
export type SettingKey = keyof SettingValues;

/** What a setting is worth before the user chooses. */
export const SETTING_DEFAULTS: SettingValues = {
  currentTeamId: null,
  theme: 'system',
};

/** One setting as stored; `SettingRecord` alone is any of them. */
export type SettingRecord<K extends SettingKey = SettingKey> = {
  readonly [P in K]: {
    readonly key: P;
    readonly value: SettingValues[P];
    readonly updatedAt: EpochMs;
  };
}[K];

/** Each key's value as stored. */
export const settingValueSchemas = () => ({
  // Only compared with the teams' ids, never put in a link: one that names no team is read as none.
  currentTeamId: z.nullable(idText()),
  theme: z.enum(THEME_PREFERENCES),
});

export const settingKind = defineRecordKind<SettingRecord>()({
  store: 'settings',
  label: { one: 'Setting', all: 'Settings' },
  key: 'key',
  indexes: 'key',
  owners: {},
  // A key this app does not know is refused rather than dropped, since a newer app that added it
  // would expect it back.
  schema: () => {
    const values = settingValueSchemas();
    return z.discriminatedUnion('key', [
      z.strictObject({
        key: z.literal('currentTeamId'),
        value: values.currentTeamId,
        updatedAt: instant(),
      }),
      z.strictObject({ key: z.literal('theme'), value: values.theme, updatedAt: instant() }),
    ]);
  },
  // Every key has had its value type since the first release.
  restore: (stored) => stored,
});

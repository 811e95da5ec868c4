import { beforeEach, describe, expect, it } from 'vitest';
import type { SettingRecord } from '../../domain/records/settings';
import { createTestRig, dumpAll, T0, type TestRig } from '../test-support';

describe('settings repository', () => {
  let rig: TestRig;
  beforeEach(() => {
    rig = createTestRig();
  });

  /** Writes a raw record, as an older app or a damaged profile might have left it. */
  async function storeRaw(record: unknown): Promise<void> {
    await rig.db.settings.put(record as SettingRecord);
  }

  it('gives the defaults when nothing is stored', async () => {
    expect(await rig.repos.settings.get('currentTeamId')).toBeNull();
    expect(await rig.repos.settings.get('theme')).toBe('system');
  });

  it('stores a value with the time it was set', async () => {
    await rig.repos.settings.set('theme', 'dark');
    await rig.repos.settings.set('currentTeamId', 'team-1');
    expect(await rig.repos.settings.get('theme')).toBe('dark');
    expect(await rig.repos.settings.get('currentTeamId')).toBe('team-1');
    expect(await rig.db.settings.get('theme')).toEqual({
      key: 'theme',
      value: 'dark',
      updatedAt: T0,
    });
  });

  it('can set the current team back to none', async () => {
    await rig.repos.settings.set('currentTeamId', 'team-1');
    await rig.repos.settings.set('currentTeamId', null);
    expect(await rig.repos.settings.get('currentTeamId')).toBeNull();
  });

  it.each([
    ['an unknown theme', { key: 'theme', value: 'sepia', updatedAt: T0 }],
    ['a theme of the wrong type', { key: 'theme', value: 1, updatedAt: T0 }],
    ['a record without a value', { key: 'theme', updatedAt: T0 }],
  ])('falls back to the default theme for %s', async (_, record) => {
    await storeRaw(record);
    expect(await rig.repos.settings.get('theme')).toBe('system');
  });

  it.each([
    ['a number', { key: 'currentTeamId', value: 42, updatedAt: T0 }],
    ['an empty id', { key: 'currentTeamId', value: '', updatedAt: T0 }],
    ['an object', { key: 'currentTeamId', value: { id: 'team-1' }, updatedAt: T0 }],
  ])('falls back to no current team for %s', async (_, record) => {
    await storeRaw(record);
    expect(await rig.repos.settings.get('currentTeamId')).toBeNull();
  });

  it('refuses to write a value of the wrong shape and keeps the stored one', async () => {
    await rig.repos.settings.set('theme', 'light');
    const before = await dumpAll(rig.db);
    await expect(rig.repos.settings.set('theme', 'neon' as 'dark')).rejects.toThrow();
    expect(await dumpAll(rig.db)).toEqual(before);
  });
});

import { describe, expect, it, vi } from 'vitest';
import {
  backupFileName,
  backupSizeWarning,
  drillsCsvFileName,
  fileSlug,
  incidentsCsvFileName,
  formatSize,
  readBackupFile,
} from './data-files';

describe('file names', () => {
  it('name a backup by the date it was made', () => {
    expect(backupFileName('2026-11-21')).toBe('mttr-studio-backup-2026-11-21.json');
    expect(backupFileName('2026-11-21', 'v2')).toBe('mttr-studio-backup-v2-2026-11-21.json');
  });

  it('name a CSV by team and date, with a safe spelling of the team', () => {
    expect(drillsCsvFileName('Payments Platform', '2026-11-21')).toBe(
      'mttr-studio-drills-payments-platform-2026-11-21.csv',
    );
    expect(drillsCsvFileName(null, '2026-11-21')).toBe(
      'mttr-studio-drills-all-teams-2026-11-21.csv',
    );
    expect(incidentsCsvFileName('Payments Platform', '2026-11-21')).toBe(
      'mttr-studio-incidents-payments-platform-2026-11-21.csv',
    );
    expect(incidentsCsvFileName(null, '2026-11-21')).toBe(
      'mttr-studio-incidents-all-teams-2026-11-21.csv',
    );
  });

  it.each([
    ['Identity & Access', 'identity-access'],
    ['Zoë’s Équipe', 'zoe-s-equipe'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows', 'c-windows'],
    ['東京', 'team'],
    ['   ', 'team'],
  ])('slug of %s is %s', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });
});

describe('formatSize', () => {
  it('reads like a file manager', () => {
    expect(formatSize(80 * 1024 * 1024)).toBe('80 MB');
    expect(formatSize(1536)).toBe('2 KB');
    expect(formatSize(12)).toBe('12 bytes');
  });
});

describe('readBackupFile', () => {
  const file = (size: number, text = '{}') => ({
    name: 'backup.json',
    size,
    text: vi.fn(() => Promise.resolve(text)),
  });

  it('reads a file within the limit', async () => {
    expect(await readBackupFile(file(2, '{}'), 1024)).toEqual({
      ok: true,
      text: '{}',
      byteLength: 2,
    });
  });

  it('refuses a file over the limit without reading it, and says the limit', async () => {
    const big = file(81 * 1024 * 1024);
    const result = await readBackupFile(big, 80 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('larger than the 80 MB a backup can be') as unknown,
    });
    expect(big.text).not.toHaveBeenCalled();
  });

  it('refuses an empty file', async () => {
    const result = await readBackupFile(file(0, ''), 1024);
    expect(result.ok ? '' : result.message).toContain('is empty');
  });

  it('says so when the file cannot be read', async () => {
    const gone = { name: 'backup.json', size: 10, text: () => Promise.reject(new Error('gone')) };
    const result = await readBackupFile(gone, 1024);
    expect(result.ok ? '' : result.message).toContain('could not be read');
  });
});

describe('a backup too large to restore', () => {
  const MB = 1024 * 1024;
  it('is saved with a warning that says this app cannot restore it', () => {
    expect(backupSizeWarning(80 * MB, 80 * MB)).toBeNull();
    expect(backupSizeWarning(95 * MB, 80 * MB)).toBe(
      'at 95 MB it is larger than the 80 MB this app can restore from. Keep it, but do not rely on it alone: do not delete data from the app.',
    );
  });
});

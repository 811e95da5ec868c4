import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../db/backup/format';
import { displayName, readChosen, selectBackups, type FolderFile } from './many-files';

const file = (relativePath: string, text = '{}', size = text.length): FolderFile => ({
  name: relativePath.split('/').pop() ?? relativePath,
  relativePath,
  size,
  text: () => Promise.resolve(text),
});

describe('choosing backups from a folder', () => {
  it('keeps .json files and counts the others as skipped', () => {
    const selection = selectBackups([
      file('team-backups/payments.json'),
      file('team-backups/SEARCH.JSON'),
      file('team-backups/README.md'),
      file('team-backups/.git/config.json'),
      file('team-backups/.hidden.json'),
    ]);
    expect(selection.candidates.map(displayName)).toEqual([
      'team-backups/payments.json',
      'team-backups/SEARCH.JSON',
    ]);
    expect(selection.skipped).toBe(3);
  });

  it('names a file chosen on its own by its name', () => {
    expect(displayName({ ...file('a.json'), relativePath: '' })).toBe('a.json');
  });

  it('reads a file, or says why it cannot be', async () => {
    expect(await readChosen(file('x/a.json', '{"a":1}'))).toEqual({
      name: 'x/a.json',
      text: '{"a":1}',
      byteLength: 7,
    });
    const empty = await readChosen(file('x/empty.json', '', 0));
    expect(empty.text).toBeNull();
    expect(empty.refusal).toContain('is empty');
    const huge = await readChosen(file('x/huge.json', '', MAX_BACKUP_BYTES + 1));
    expect(huge.text).toBeNull();
  });
});

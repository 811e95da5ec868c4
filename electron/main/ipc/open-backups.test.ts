import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../shared/ipc-contract';
import { MAX_OPENED_BACKUP_BYTES } from '../../shared/backup-files';
import { createOpenBackups, type OpenBackupsDeps } from './open-backups';

/** An in-memory folder tree: paths to texts (or sizes for files too large to hold). */
function fakeFiles(files: Record<string, string | number>) {
  const root = path.join(path.sep, 'shared', 'backups');
  const full = (relative: string) => path.join(root, ...relative.split('/'));
  const entries = Object.entries(files).map(([relative, content]) => ({
    path: full(relative),
    content,
  }));
  const deps: { -readonly [K in keyof OpenBackupsDeps]: OpenBackupsDeps[K] } = {
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: false, filePaths: [root] })),
    listFolder: (folder) => {
      const names = new Map<string, boolean>();
      for (const entry of entries) {
        if (!entry.path.startsWith(folder + path.sep)) continue;
        const [name = '', ...rest] = entry.path.slice(folder.length + 1).split(path.sep);
        names.set(name, rest.length > 0);
      }
      if (names.size === 0) return Promise.reject(new Error('ENOENT'));
      return Promise.resolve([...names].map(([name, isDirectory]) => ({ name, isDirectory })));
    },
    fileSize: (filePath) => {
      const content = entries.find((e) => e.path === filePath)?.content;
      if (content === undefined) return Promise.reject(new Error('ENOENT'));
      return Promise.resolve(typeof content === 'number' ? content : content.length);
    },
    readText: (filePath) => {
      const content = entries.find((e) => e.path === filePath)?.content;
      return typeof content === 'string'
        ? Promise.resolve(content)
        : Promise.reject(new Error('EIO'));
    },
  };
  return { root, deps, full };
}

describe('opening many backups from the desktop shell', () => {
  it('reads every .json file of a chosen folder and its subfolders, not hidden ones', async () => {
    const { deps } = fakeFiles({
      'payments.json': '{"a":1}',
      'platform/search.json': '{"b":2}',
      'README.md': 'notes',
      '.git/config.json': '{}',
      'empty.json': '',
      'huge.json': MAX_OPENED_BACKUP_BYTES + 1,
    });
    const open = createOpenBackups(deps);
    const result = await open({ from: 'folder' });
    expect(result.ok && result.value.folderName).toBe('backups');
    // README.md; a hidden folder is not entered at all, so its files are not counted.
    expect(result.ok && result.value.skipped).toBe(1);
    const files = result.ok ? result.value.files : [];
    expect(files.map((f) => [f.name, f.text])).toEqual([
      ['empty.json', null],
      ['huge.json', null],
      ['payments.json', '{"a":1}'],
      ['platform/search.json', '{"b":2}'],
    ]);
    expect(files[0]?.refusal).toContain('is empty');
    expect(files[1]?.refusal).toContain('larger than a backup can be');
  });

  it('refreshes from the last folder without asking again', async () => {
    const { deps } = fakeFiles({ 'payments.json': '{}' });
    const open = createOpenBackups(deps);
    expect(await open({ from: 'last-folder' })).toMatchObject({ ok: false, code: 'not-allowed' });
    await open({ from: 'folder' });
    const again = await open({ from: 'last-folder' });
    expect(again.ok && again.value.files.map((f) => f.name)).toEqual(['payments.json']);
    expect(deps.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('reads files chosen one by one under their bare names', async () => {
    const { deps, full } = fakeFiles({ 'a.json': '{}', 'sub/b.json': '{"x":1}' });
    deps.showOpenDialog = vi.fn(() =>
      Promise.resolve({ canceled: false, filePaths: [full('a.json'), full('sub/b.json')] }),
    );
    const result = await createOpenBackups(deps)({ from: 'files' });
    expect(result.ok && result.value.files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
    expect(result.ok && result.value.folderName).toBeNull();
  });

  it('reads nothing when the dialog is cancelled, and keeps no folder', async () => {
    const { deps } = fakeFiles({ 'a.json': '{}' });
    deps.showOpenDialog = vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] }));
    const open = createOpenBackups(deps);
    expect(await open({ from: 'folder' })).toEqual({
      ok: true,
      value: { cancelled: true, folderName: null, files: [], skipped: 0 },
    });
    expect((await open({ from: 'last-folder' })).ok).toBe(false);
  });

  it('says so when the folder has gone', async () => {
    const { deps } = fakeFiles({ 'a.json': '{}' });
    const open = createOpenBackups(deps);
    await open({ from: 'folder' });
    deps.listFolder = () => Promise.reject(new Error('ENOENT'));
    expect(await open({ from: 'last-folder' })).toMatchObject({ ok: false, code: 'io-error' });
  });

  it('accepts only a known source across IPC', () => {
    const args = invokeChannels['file:open-backups'].args;
    expect(args.safeParse([{ from: 'folder' }]).success).toBe(true);
    expect(args.safeParse([{ from: '/etc' }]).success).toBe(false);
    expect(args.safeParse([{ from: 'folder', path: '/etc' }]).success).toBe(false);
  });
});

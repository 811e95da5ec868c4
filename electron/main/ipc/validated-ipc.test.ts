import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { invokeChannels } from '../../shared/ipc-contract';
import { MAX_SAVE_FILE_CHARS } from '../../shared/platform-api';
import { ok } from '../../shared/result';
import {
  isTrustedSender,
  registerHandlers,
  type InvokeEventLike,
  type InvokeHandlers,
  type IpcMainLike,
} from './validated-ipc';
import { idleMetricsFolderHandlers } from '../metrics-folder-fakes';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** A fake ipcMain that records registrations and lets a test invoke them like a renderer. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener[]>();
  const ipc: IpcMainLike = {
    handle(channel, listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
  };
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const [listener] = listeners.get(channel) ?? [];
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipc, listeners, invoke };
}

const mainFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const appEvent = mainFrame(`${APP_ENTRY_URL}#/teams`);

function setUp(overrides: Partial<InvokeHandlers> = {}) {
  const handlers = {
    'app:get-info': vi.fn(() =>
      ok({ name: 'MTTR Studio', version: '1.0.0', shell: 'electron' as const, platform: 'linux' }),
    ),
    'shell:open-external': vi.fn((_url: string) => ok(null)),
    'file:save': vi.fn(() => ok({ saved: false })),
    'report:export-pdf': vi.fn(() => ok({ outcome: 'cancelled' as const })),
    'presenter:open': vi.fn(() => ok({ placement: 'same-display' as const })),
    'power:keep-display-awake': vi.fn(() => ok(null)),
    'file:show-in-folder': vi.fn(() => ok(null)),
    ...idleMetricsFolderHandlers(),
    'file:open-backups': vi.fn(() =>
      ok({ cancelled: true, folderName: null, files: [], skipped: 0 }),
    ),
    ...overrides,
  };
  const log = vi.fn();
  const fake = fakeIpcMain();
  registerHandlers(fake.ipc, handlers, log);
  return { ...fake, handlers, log };
}

describe('isTrustedSender', () => {
  it('accepts the app origin in the main frame, whatever the path or hash', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html#/drills/3`, isMainFrame: true })).toBe(
      true,
    );
  });

  it.each([
    ['another web origin', 'https://evil.example/index.html'],
    ['the web shell on loopback', 'http://127.0.0.1:5174/'],
    ['a file URL', 'file:///tmp/index.html'],
    ['another host on the app scheme', 'app://other-host/index.html'],
    ['the app host with a port', 'app://mttr-studio:8080/index.html'],
    ['the app host with credentials', 'app://user@mttr-studio/index.html'],
    ['a look-alike host', 'app://mttr-studio.evil/index.html'],
    ['about:blank', 'about:blank'],
    ['a malformed URL', 'not a url'],
    ['an empty URL', ''],
  ])('rejects %s', (_name, url) => {
    expect(isTrustedSender({ url, isMainFrame: true })).toBe(false);
  });

  it('rejects a subframe even on the app origin', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false })).toBe(false);
  });
});

describe('registerHandlers', () => {
  it('registers exactly one handler for every channel in the contract, and nothing else', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    for (const registered of listeners.values()) expect(registered).toHaveLength(1);
  });

  it('refuses at startup a handler map that does not match the contract', () => {
    const { ipc } = fakeIpcMain();
    const missing = { 'app:get-info': () => ok(null) } as unknown as InvokeHandlers;
    expect(() => {
      registerHandlers(ipc, missing);
    }).toThrow(/missing: shell:open-external, file:save, report:export-pdf/);
    const extra = { ...setUp().handlers, 'fs:read-file': () => ok(null) } as InvokeHandlers;
    expect(() => {
      registerHandlers(ipc, extra);
    }).toThrow(/unexpected: fs:read-file/);
  });

  it('runs the handler for a trusted sender with valid arguments', async () => {
    const { invoke, handlers } = setUp();
    await expect(invoke('shell:open-external', appEvent, 'https://dora.dev/')).resolves.toEqual(
      ok(null),
    );
    // After the arguments, who asked: this event names no web contents.
    expect(handlers['shell:open-external']).toHaveBeenCalledWith('https://dora.dev/', {
      contentsId: -1,
    });
  });

  it('tells the handler which web contents asked', async () => {
    const { invoke, handlers } = setUp();
    await invoke('power:keep-display-awake', { ...appEvent, sender: { id: 7 } }, true);
    expect(handlers['power:keep-display-awake']).toHaveBeenCalledWith(true, { contentsId: 7 });
  });

  const drillId = '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b';
  it.each<[string, unknown[]]>([
    ['no drill', []],
    ['a record id that is not a UUID', ['drill-1']],
    ['a route', [`${drillId}/../../settings`]],
    ['a URL', ['app://mttr-studio/index.html#/drills']],
    ['an object with the id', [{ drillId }]],
    ['a second argument', [drillId, { fullscreen: false }]],
  ])('presenter:open refuses %s before the handler runs', async (_name, args) => {
    const { invoke, handlers } = setUp();
    await expect(invoke('presenter:open', appEvent, ...args)).resolves.toMatchObject({
      ok: false,
      code: 'invalid-arguments',
    });
    expect(handlers['presenter:open']).not.toHaveBeenCalled();
  });

  it('presenter:open passes a drill UUID through, with the asking window', async () => {
    const { invoke, handlers } = setUp();
    await invoke('presenter:open', { ...appEvent, sender: { id: 3 } }, drillId);
    expect(handlers['presenter:open']).toHaveBeenCalledWith(drillId, { contentsId: 3 });
  });

  it.each<[string, unknown[]]>([
    ['no flag', []],
    ['a string', ['yes']],
    ['a number', [1]],
  ])('power:keep-display-awake refuses %s', async (_name, args) => {
    const { invoke, handlers } = setUp();
    await expect(invoke('power:keep-display-awake', appEvent, ...args)).resolves.toMatchObject({
      code: 'invalid-arguments',
    });
    expect(handlers['power:keep-display-awake']).not.toHaveBeenCalled();
  });

  it.each([['/home/sam/backup.json'], ['backup.json'], ['']])(
    'file:show-in-folder refuses %j: only a saved file id names a file',
    async (value) => {
      const { invoke, handlers } = setUp();
      await expect(invoke('file:show-in-folder', appEvent, value)).resolves.toMatchObject({
        code: 'invalid-arguments',
      });
      expect(handlers['file:show-in-folder']).not.toHaveBeenCalled();
    },
  );

  it.each<[string, InvokeEventLike]>([
    ['missing senderFrame', { senderFrame: null }],
    ['another origin', mainFrame('https://evil.example/')],
    ['the loopback web shell', mainFrame('http://127.0.0.1:5174/')],
    ['a file URL', mainFrame('file:///index.html')],
    ['another app host', mainFrame('app://other-host/index.html')],
    ['a malformed URL', mainFrame('::::')],
    ['a subframe of the app origin', { senderFrame: { url: APP_ENTRY_URL, parent: {} } }],
  ])('returns forbidden-sender for %s without running the handler', async (_name, event) => {
    const { invoke, handlers } = setUp();
    const result = await invoke('app:get-info', event);
    expect(result).toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('treats a sender frame that throws on access (disposed) as untrusted', async () => {
    const { invoke } = setUp();
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(invoke('app:get-info', disposed)).resolves.toMatchObject({
      code: 'forbidden-sender',
    });
  });

  it.each<[string, unknown[], RegExp]>([
    ['no argument', [], /argument/],
    ['a number instead of a string', [42], /argument 0/],
    ['an empty string', [''], /argument 0/],
    ['a string over the length limit', ['https://dora.dev/' + 'a'.repeat(3000)], /argument 0/],
    ['an extra argument', ['https://dora.dev/', 'extra'], /argument/],
  ])('returns invalid-arguments for %s, naming the problem', async (_name, args, message) => {
    const { invoke, handlers } = setUp();
    const result = await invoke('shell:open-external', appEvent, ...args);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('invalid-arguments');
    expect(result.message).toMatch(/^shell:open-external: /);
    expect(result.message).toMatch(message);
    expect(handlers['shell:open-external']).not.toHaveBeenCalled();
  });

  const save = { suggestedName: 'backup.json', content: '{}', kind: 'backup' };
  it.each<[string, unknown]>([
    ['a path instead of a name', { ...save, suggestedName: '/etc/cron.d/job' }],
    ['a Windows path', { ...save, suggestedName: 'C:\\Users\\sam\\evil.bat' }],
    ['a parent folder', { ...save, suggestedName: '../backup.json' }],
    ['a hidden file', { ...save, suggestedName: '.bashrc' }],
    ['a control character', { ...save, suggestedName: 'a\u0000.json' }],
    ['a Windows device name', { ...save, suggestedName: 'CON' }],
    ['a Windows device name with an extension', { ...save, suggestedName: 'nul.json' }],
    ['a numbered Windows device name', { ...save, suggestedName: 'com1.csv' }],
    ['a trailing dot', { ...save, suggestedName: 'backup.' }],
    ['a trailing space', { ...save, suggestedName: 'backup.json ' }],
    ['an unknown kind', { ...save, kind: 'exe' }],
    ['a content that is not text', { ...save, content: 42 }],
    ['content over the size limit', { ...save, content: 'x'.repeat(MAX_SAVE_FILE_CHARS + 1) }],
    ['a path smuggled in as an extra field', { ...save, path: '/tmp/x' }],
  ])('file:save refuses %s before the handler runs', async (_name, request) => {
    const { invoke, handlers } = setUp();
    await expect(invoke('file:save', appEvent, request)).resolves.toMatchObject({
      ok: false,
      code: 'invalid-arguments',
    });
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('file:save passes a valid request through', async () => {
    const { invoke, handlers } = setUp();
    await expect(invoke('file:save', appEvent, save)).resolves.toEqual(ok({ saved: false }));
    expect(handlers['file:save']).toHaveBeenCalledWith(save, { contentsId: -1 });
  });

  it('rejects arguments sent to a channel that takes none', async () => {
    const { invoke } = setUp();
    await expect(invoke('app:get-info', appEvent, 'surprise')).resolves.toMatchObject({
      code: 'invalid-arguments',
    });
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('disk on fire');
      },
    ],
    ['rejects', () => Promise.reject(new Error('disk on fire'))],
  ])('turns a handler that %s into an internal error value, and logs it', async (_name, impl) => {
    const { invoke, log } = setUp({ 'app:get-info': impl });
    const result = await invoke('app:get-info', appEvent);
    expect(result).toEqual({
      ok: false,
      code: 'internal',
      message: 'app:get-info failed unexpectedly.',
    });
    // The renderer gets a generic message; the detail goes to the log only.
    expect(log).toHaveBeenCalledWith(expect.stringContaining('app:get-info'), expect.any(Error));
  });
});

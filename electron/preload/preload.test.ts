import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPOSED_API_FUNCTIONS } from '../shared/ipc-contract';
import type { MenuCommand, PlatformApi } from '../shared/platform-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

// A stand-in for the sandboxed preload's `electron`: records what is exposed and lets the test
// play the main process (answer invokes, send events).
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]): Promise<unknown> =>
        Promise.resolve({ ok: true, value: null }),
      ),
      on: vi.fn((channel: string, listener: Listener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: Listener) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: electron.ipcRenderer,
}));

/** What main would send: the real event object carries `sender`, the ipcRenderer itself. */
const fakeEvent = { sender: { secret: 'ipcRenderer' }, senderId: 0 };
function sendFromMain(channel: string, ...args: unknown[]): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener(fakeEvent, ...args);
}

let api: PlatformApi;
beforeEach(async () => {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  electron.ipcRenderer.invoke.mockClear();
  await import('./preload');
  api = electron.exposed.get('api') as PlatformApi;
});

describe('preload', () => {
  it('exposes exactly one object, window.api, with exactly the reviewed functions', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual([...EXPOSED_API_FUNCTIONS].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('getAppInfo invokes app:get-info with no arguments and passes the answer through', async () => {
    const info = { ok: true, value: { name: 'MTTR Studio', version: '1', shell: 'electron' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(info);
    await expect(api.getAppInfo()).resolves.toBe(info);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info');
  });

  it('openExternal invokes shell:open-external with just the URL', async () => {
    await api.openExternal('https://dora.dev/');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
      'shell:open-external',
      'https://dora.dev/',
    );
  });

  it('saveFile invokes file:save with only the name, content and kind', async () => {
    const answer = { ok: true, value: { saved: true, fileName: 'backup.json' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const request = { suggestedName: 'backup.json', content: '{}', kind: 'backup' as const };
    await expect(api.saveFile({ ...request, path: '/etc/passwd' } as never)).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('file:save', request);
  });

  it('exportReportPdf invokes report:export-pdf with only the target and the paper', async () => {
    const answer = { ok: true, value: { outcome: 'saved', fileName: 'report.pdf' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const request = { target: { kind: 'drill', drillId: 'd-1' }, paper: 'a4' } as const;
    const smuggled = { ...request, url: 'https://evil.example/', path: '/tmp/x.pdf' };
    await expect(api.exportReportPdf(smuggled as never)).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('report:export-pdf', request);
  });

  it('openPresenter invokes presenter:open with the drill id alone', async () => {
    const answer = { ok: true, value: { placement: 'second-display' } };
    electron.ipcRenderer.invoke.mockResolvedValueOnce(answer);
    const id = '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b';
    await expect(api.openPresenter(id)).resolves.toBe(answer);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('presenter:open', id);
  });

  it('keepDisplayAwake invokes power:keep-display-awake with the flag', async () => {
    await api.keepDisplayAwake(true);
    await api.keepDisplayAwake(false);
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['power:keep-display-awake', true],
      ['power:keep-display-awake', false],
    ]);
  });

  it('delivers menu commands without the IPC event object', () => {
    const received: unknown[][] = [];
    api.onMenuCommand((...args: unknown[]) => received.push(args));
    sendFromMain('menu:command', 'go:drills');
    expect(received).toEqual([['go:drills']]);
  });

  it('drops anything that is not a known menu command', () => {
    const received: MenuCommand[] = [];
    api.onMenuCommand((command) => received.push(command));
    for (const junk of ['go:nowhere', 42, null, { command: 'go:home' }, undefined]) {
      sendFromMain('menu:command', junk);
    }
    expect(received).toEqual([]);
  });

  it('stops delivering after unsubscribe, and only for that listener', () => {
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => first.push(command));
    api.onMenuCommand((command) => second.push(command));
    sendFromMain('menu:command', 'go:home');
    unsubscribe();
    sendFromMain('menu:command', 'go:teams');
    expect(first).toEqual(['go:home']);
    expect(second).toEqual(['go:home', 'go:teams']);
    expect(electron.listeners.get('menu:command')?.size).toBe(1);
  });
});

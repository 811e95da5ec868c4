import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/app-origin';
import { hardenSession, hardenWebContents } from './harden';

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];

/** Just enough of a WebContents to drive the guards the way Electron would. */
class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly close = vi.fn();
  constructor(private readonly type: ReturnType<WebContents['getType']> = 'window') {
    super();
  }
  getType() {
    return this.type;
  }
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation-style event and reports whether a guard prevented it. */
  attempt(event: string, details: Record<string, unknown>): boolean {
    let prevented = false;
    this.emit(event, {
      ...details,
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  }
}

function setUp(type?: ReturnType<WebContents['getType']>) {
  const contents = new FakeContents(type);
  const deps = { openExternal: vi.fn((_url: string) => Promise.resolve()), log: vi.fn() };
  hardenWebContents(contents as unknown as WebContents, deps);
  return { contents, deps };
}

describe('hardenWebContents', () => {
  it('lets the app navigate within its own origin', () => {
    const { contents, deps } = setUp();
    expect(contents.attempt('will-navigate', { url: `${APP_ENTRY_URL}#/teams` })).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigating the window to another site', () => {
    const { contents, deps } = setUp();
    expect(contents.attempt('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allow-listed link in the system browser exactly once, not in the window', () => {
    const { contents, deps } = setUp();
    const url = 'https://dora.dev/';
    // Electron emits will-frame-navigate, then will-navigate, for one main-frame navigation.
    expect(contents.attempt('will-frame-navigate', { url, isMainFrame: true })).toBe(false);
    expect(contents.attempt('will-navigate', { url })).toBe(true);
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
    expect(deps.openExternal).toHaveBeenCalledWith(url);
  });

  it('keeps subframes on the app origin, allow-listed or not', () => {
    const { contents, deps } = setUp();
    const attempt = (url: string) =>
      contents.attempt('will-frame-navigate', { url, isMainFrame: false });
    expect(attempt('https://dora.dev/')).toBe(true);
    expect(attempt('https://example.com/')).toBe(true);
    expect(attempt(APP_ENTRY_URL)).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('blocks a redirect off the app origin', () => {
    const { contents } = setUp();
    expect(contents.attempt('will-redirect', { url: 'https://dora.dev/' })).toBe(true);
    expect(contents.attempt('will-redirect', { url: APP_ENTRY_URL })).toBe(false);
  });

  it('denies every new window and hands allow-listed links to the system browser', () => {
    const { contents, deps } = setUp();
    const open = (url: string) =>
      contents.windowOpenHandler?.({ url } as Parameters<WindowOpenHandler>[0]);
    expect(open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('https://github.com/')).toEqual({ action: 'deny' });
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
    expect(deps.openExternal).toHaveBeenCalledWith('https://github.com/');
  });

  it('prevents any <webview> from attaching', () => {
    const { contents } = setUp();
    expect(contents.attempt('will-attach-webview', {})).toBe(true);
  });

  it('closes a webview web contents outright', () => {
    const { contents } = setUp('webview');
    expect(contents.close).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(0);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: unknown) => (handlers.device = handler),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, handler: unknown) => {
          handlers.filter = filter;
          handlers.beforeRequest = handler;
        },
      },
    };
    hardenSession(session as unknown as Session, { log: vi.fn() });
    return { session, handlers };
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies a %s permission request',
    (permission) => {
      const { handlers } = fakeSession();
      const callback = vi.fn();
      (handlers.request as (...args: unknown[]) => void)({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('answers every permission and device check with no', () => {
    const { handlers } = fakeSession();
    expect(
      (handlers.check as (...args: unknown[]) => boolean)(null, 'media', APP_ENTRY_URL, {}),
    ).toBe(false);
    expect((handlers.device as (...args: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('turns off the spellchecker so no dictionary is downloaded', () => {
    const { session } = fakeSession();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every http(s) and websocket request', () => {
    const { handlers } = fakeSession();
    expect((handlers.filter as { urls: string[] }).urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    const callback = vi.fn();
    (handlers.beforeRequest as (...args: unknown[]) => void)(
      { url: 'https://example.com/' },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from './web-adapter';

vi.stubGlobal('__APP_VERSION__', '9.9.9');

describe('web platform adapter', () => {
  it('reports the web shell and the build version', async () => {
    const api = createWebPlatform({ openWindow: vi.fn() });
    const info = await api.getAppInfo();
    expect(info).toEqual({
      ok: true,
      value: { name: 'MTTR Studio', version: '9.9.9', shell: 'web', platform: 'browser' },
    });
  });

  it('opens allow-listed https links and nothing else', async () => {
    const openWindow = vi.fn();
    const api = createWebPlatform({ openWindow });
    expect(await api.openExternal('https://dora.dev/guides/')).toEqual({ ok: true, value: null });
    expect(openWindow).toHaveBeenCalledWith('https://dora.dev/guides/');

    const refused = await api.openExternal('javascript:alert(1)');
    expect(refused.ok).toBe(false);
    expect(await api.openExternal('http://dora.dev/')).toMatchObject({ code: 'not-allowed' });
    expect(await api.openExternal('https://evil.example/')).toMatchObject({ code: 'not-allowed' });
    expect(openWindow).toHaveBeenCalledTimes(1);
  });

  it('has no native menu, so subscribing is harmless', () => {
    const api = createWebPlatform({ openWindow: vi.fn() });
    const unsubscribe = api.onMenuCommand(vi.fn());
    expect(() => {
      unsubscribe();
    }).not.toThrow();
  });
});

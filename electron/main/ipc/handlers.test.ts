import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type HandlerDeps } from './handlers';

function setUp(overrides: Partial<HandlerDeps> = {}) {
  const deps = {
    getName: () => 'MTTR Studio',
    getVersion: () => '0.1.0',
    platform: 'linux',
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    ...overrides,
  };
  return { deps, handlers: createHandlers(deps) };
}

describe('app:get-info', () => {
  it('reports the app name, version, platform and that this is the Electron shell', async () => {
    const { handlers } = setUp();
    expect(await handlers['app:get-info']()).toEqual({
      ok: true,
      value: { name: 'MTTR Studio', version: '0.1.0', shell: 'electron', platform: 'linux' },
    });
  });
});

describe('shell:open-external', () => {
  it('opens an allow-listed https link in the system browser', async () => {
    const { handlers, deps } = setUp();
    await expect(handlers['shell:open-external']('https://dora.dev/guides/')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(deps.openExternal).toHaveBeenCalledWith('https://dora.dev/guides/');
  });

  it.each([
    'https://example.com/',
    'http://dora.dev/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ms-settings:privacy',
    'https://dora.dev.evil.example/',
    'https://user:pass@dora.dev/',
  ])('refuses %s with not-allowed and opens nothing', async (url) => {
    const { handlers, deps } = setUp();
    await expect(handlers['shell:open-external'](url)).resolves.toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it('reports io-error when the OS cannot open the link', async () => {
    const { handlers } = setUp({
      openExternal: () => Promise.reject(new Error('no handler for https')),
    });
    await expect(handlers['shell:open-external']('https://sre.google/')).resolves.toMatchObject({
      ok: false,
      code: 'io-error',
    });
  });
});

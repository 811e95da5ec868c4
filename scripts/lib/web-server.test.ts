import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import { isRendererStale } from './renderer-build';
import { DEFAULT_WEB_PORT, PortInUseError, startWebServer, type WebServer } from './web-server';
import { parseWebShellArgs } from './web-shell';

let dir = '';
let server: WebServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'web-shell-'));
  mkdirSync(path.join(dir, 'site', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'site', 'index.html'), '<!doctype html><title>MTTR Studio</title>');
  writeFileSync(path.join(dir, 'site', 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  server = await startWebServer(path.join(dir, 'site'), 0);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function expectHardened(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('permissions-policy')).toBe(
    'camera=(), microphone=(), geolocation=()',
  );
}

describe('startWebServer', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the app with the CSP and hardening headers', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('MTTR Studio');
    expectHardened(response);
  });

  it('serves scripts as JavaScript', async () => {
    const response = await fetch(new URL('assets/app.js', server.url));
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers unknown paths and traversal attempts with a hardened 404', async () => {
    for (const target of ['no-such-file.js', '..%2fsecret.txt', '%2e%2e/secret.txt']) {
      const response = await fetch(`${server.url}${target}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
      expectHardened(response);
    }
  });

  it('serves an extra page beside the build with the same headers and its own, only at its path', async () => {
    const html = '<!doctype html><title>Blank</title>';
    const headers = { 'Cross-Origin-Embedder-Policy': 'require-corp' };
    const extra = await startWebServer(path.join(dir, 'site'), 0, {
      '/blank.html': { html, headers },
    });
    try {
      const response = await fetch(new URL('blank.html', extra.url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect(await response.text()).toBe(html);
      expectHardened(response);
      expect((await fetch(new URL('blank.html?x', extra.url))).status).toBe(404);
      expect(await (await fetch(extra.url)).text()).toContain('MTTR Studio');
    } finally {
      await extra.close();
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expectHardened(response);
  });

  it('reports a taken port with a message that says what to do', async () => {
    const error: unknown = await startWebServer(path.join(dir, 'site'), server.port).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toMatch(/already in use.*--port/);
  });
});

describe('parseWebShellArgs', () => {
  it('defaults to port 5174 and opening a browser', () => {
    expect(parseWebShellArgs([])).toEqual({ port: DEFAULT_WEB_PORT, open: true });
    expect(DEFAULT_WEB_PORT).toBe(5174);
  });

  it('reads --port and --no-open', () => {
    expect(parseWebShellArgs(['--port', '4999', '--no-open'])).toEqual({ port: 4999, open: false });
    expect(parseWebShellArgs(['--port=8080'])).toEqual({ port: 8080, open: true });
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '0'],
    ['--port', '70000'],
    ['--host', '0.0.0.0'],
    ['extra'],
  ])('refuses %s %s', (...args) => {
    expect(() => parseWebShellArgs(args)).toThrow();
  });
});

describe('isRendererStale', () => {
  it('is stale when the build is missing or older than any input, fresh otherwise', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'stale-'));
    try {
      const source = path.join(work, 'renderer', 'src', 'main.tsx');
      const output = path.join(work, 'dist', 'index.html');
      mkdirSync(path.dirname(source), { recursive: true });
      mkdirSync(path.dirname(output), { recursive: true });
      writeFileSync(source, '');
      const inputs = [path.join(work, 'renderer')];
      expect(isRendererStale(output, inputs)).toBe(true);

      writeFileSync(output, '');
      utimesSync(source, new Date(1_000_000), new Date(1_000_000));
      utimesSync(output, new Date(2_000_000), new Date(2_000_000));
      expect(isRendererStale(output, inputs)).toBe(false);

      utimesSync(source, new Date(3_000_000), new Date(3_000_000));
      expect(isRendererStale(output, inputs)).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

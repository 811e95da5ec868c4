import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../shared/app-origin';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { contentTypeFor, createAppProtocolHandler, resolveAppRequest } from './app-protocol';

let base = '';
let root = '';
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>MTTR Studio</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  // A file beside the served folder that no request may reach.
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler(root)(new Request(url, { method }));

describe('resolveAppRequest', () => {
  it('maps the origin root and index.html to index.html', () => {
    for (const url of [`${APP_ORIGIN}/`, APP_ORIGIN, `${APP_ORIGIN}/index.html#/teams`]) {
      expect(resolveAppRequest(url, root)).toMatchObject({
        kind: 'file',
        filePath: path.join(root, 'index.html'),
      });
    }
  });

  it.each([
    ['encoded slash', `${APP_ORIGIN}/assets%2f..%2f..%2fsecret.txt`],
    ['encoded backslash', `${APP_ORIGIN}/..%5csecret.txt`],
    ['a Windows drive', `${APP_ORIGIN}/C:%5cWindows%5cwin.ini`],
    ['an encoded NUL', `${APP_ORIGIN}/index.html%00.png`],
    ['broken percent-encoding', `${APP_ORIGIN}/%E0%A4%A`],
    ['another host', 'app://other-host/index.html'],
    ['another scheme', 'https://mttr-studio/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'forbidden' });
  });

  it.each([
    `${APP_ORIGIN}/../../secret.txt`,
    `${APP_ORIGIN}/%2e%2e/secret.txt`,
    `${APP_ORIGIN}/assets/.%2E/.%2e/secret.txt`,
  ])('keeps %s inside root (the URL parser folds dot segments, even encoded)', (url) => {
    const target = resolveAppRequest(url, root);
    expect(target).toMatchObject({ kind: 'file' });
    if (target.kind === 'file') expect(target.filePath).toBe(path.join(root, 'secret.txt'));
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const response = await get(`${APP_ORIGIN}/index.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('MTTR Studio');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and styles with their real MIME types', async () => {
    const script = await get(`${APP_ORIGIN}/assets/index-abc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const style = await get(`${APP_ORIGIN}/assets/index-abc.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing file or a directory with 404, still under the CSP', async () => {
    for (const url of [`${APP_ORIGIN}/nope.js`, `${APP_ORIGIN}/assets`]) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([`${APP_ORIGIN}/%2e%2e/secret.txt`, `${APP_ORIGIN}/..%2f..%2fsecret.txt`])(
    'never returns the file beside root for %s',
    async (url) => {
      const response = await get(url);
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(`${APP_ORIGIN}/index.html`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(`${APP_ORIGIN}/index.html`, 'POST')).status).toBe(405);
  });
});

// Serves the built renderer (dist/renderer) on app://mttr-studio/. A custom protocol instead of
// file:// gives the app a real origin (see shared/app-origin.ts) and lets us attach the CSP and
// other headers to every response, which file:// cannot carry.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { isAppUrl } from './security/app-url';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** With nosniff, an unknown type is never guessed into something executable. */
export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestTarget =
  | { readonly kind: 'file'; readonly filePath: string; readonly contentType: string }
  | { readonly kind: 'forbidden' };

/**
 * Maps a request URL to a file inside `root`, or refuses it. Pure apart from path arithmetic, so
 * every traversal trick can be tested without Electron.
 */
export function resolveAppRequest(rawUrl: string, root: string): AppRequestTarget {
  if (!isAppUrl(rawUrl)) return { kind: 'forbidden' };
  let pathname: string;
  try {
    // The URL parser already folds literal ".." segments; decoding exposes encoded ones
    // (%2e%2e, %2f, %5c), which the checks below then see.
    pathname = decodeURIComponent(new URL(rawUrl).pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  if (pathname.includes('\0')) return { kind: 'forbidden' };

  // Backslash is a separator on Windows, so it is one here too, on every platform.
  const segments = pathname.split(/[/\\]/).filter((segment) => segment !== '');
  // No built file has a colon in its name; refusing it rules out drive letters (C:) and NTFS
  // alternate streams (file:stream) whatever the platform.
  const unsafe = (segment: string) => segment === '.' || segment === '..' || segment.includes(':');
  if (segments.some(unsafe)) return { kind: 'forbidden' };
  if (segments.length === 0) segments.push('index.html');

  const base = path.resolve(root);
  const filePath = path.resolve(base, ...segments);
  const relative = path.relative(base, filePath);
  // A drive letter or UNC prefix in a segment would resolve outside root despite the checks above.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { kind: 'forbidden' };
  }
  return { kind: 'file', filePath, contentType: contentTypeFor(filePath) };
}

/** Headers every response carries, errors included: a 404 page must not run script either. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

export type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

export function createAppProtocolHandler(
  root: string,
  read: ReadFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed');
    }
    const target = resolveAppRequest(request.url, root);
    if (target.kind === 'forbidden') return textResponse(403, 'Forbidden');

    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(target.filePath);
    } catch {
      // Missing file or a directory: the SPA uses hash routing, so there is no fallback page.
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: securityHeaders(target.contentType),
    });
  };
}

// The web shell's static server: the built renderer on loopback only, with the same CSP as the
// desktop shell plus the headers a browser (unlike Electron) needs to isolate the page.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/** Loopback only: the app holds a team's data and has no login, so it must not be on the LAN. */
export const WEB_HOST = '127.0.0.1';
export const DEFAULT_WEB_PORT = 5174;

export const WEB_SHELL_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-cache',
};

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `Port ${port} on ${WEB_HOST} is already in use (perhaps another web shell is running). ` +
        `Stop that process, or choose another port: npm run web -- --port ${port + 1}`,
    );
    this.name = 'PortInUseError';
  }
}

export interface WebServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** A page served beside the build (the benchmark's blank page), with headers added to the shell's. */
export interface ExtraPage {
  readonly html: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Serves `root` (dist/renderer). Port 0 picks a free port, which tests and the benchmark use.
 * `extraPages` maps a path to a page served beside the build.
 */
export function startWebServer(
  root: string,
  port: number,
  extraPages: Readonly<Record<string, ExtraPage>> = {},
): Promise<WebServer> {
  // Hash routing means no SPA fallback: an unknown path is a plain 404.
  const serveStatic = sirv(root, { dev: false, etag: true, single: false, dotfiles: false });
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(WEB_SHELL_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(res, 405, 'Method not allowed');
      return;
    }
    const extra = extraPages[req.url ?? ''];
    if (extra !== undefined) {
      res.writeHead(200, { ...extra.headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(extra.html);
      return;
    }
    serveStatic(req, res, () => {
      plain(res, 404, 'Not found');
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    });
    server.listen({ host: WEB_HOST, port, exclusive: true }, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${WEB_HOST}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              done();
            });
            // Browsers keep connections alive; without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

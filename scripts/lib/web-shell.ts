// Runs the web shell in the foreground: serve, announce, open a browser if there is one, and
// shut down cleanly on Ctrl+C. Used by `npm run web` and by `npm start` when Electron is missing.
import { parseArgs } from 'node:util';
import open from 'open';
import { RENDERER_OUT } from './paths';
import { DEFAULT_WEB_PORT, startWebServer } from './web-server';

export interface WebShellOptions {
  readonly port: number;
  readonly open: boolean;
}

/** Parses `--port N` and `--no-open`; throws a message fit for the user on anything else. */
export function parseWebShellArgs(argv: readonly string[]): WebShellOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const port = values.port === undefined ? DEFAULT_WEB_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--port must be a whole number from 1 to 65535, not "${values.port ?? ''}".`);
  }
  return { port, open: values['no-open'] !== true };
}

/** Linux without X11 or Wayland has no browser to show; xdg-open would fail after we said "opened". */
function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return (process.env.DISPLAY ?? '') !== '' || (process.env.WAYLAND_DISPLAY ?? '') !== '';
}

async function openBrowser(url: string): Promise<void> {
  const manual = `Open ${url} in Chrome, Edge or Chromium to use MTTR Studio.`;
  if (!hasDisplay()) {
    console.log(`No display here to open a browser on. ${manual}`);
    return;
  }
  try {
    await open(url);
  } catch {
    console.log(`Could not open a browser automatically. ${manual}`);
  }
}

export async function runWebShell(options: WebShellOptions): Promise<void> {
  const server = await startWebServer(RENDERER_OUT, options.port);
  console.log(`MTTR Studio web shell: ${server.url}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    server
      .close()
      .then(() => {
        console.log(`Web shell stopped (${signal}).`);
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (options.open) await openBrowser(server.url);
}

// `npm start`: build, then run the desktop shell. Where Electron's runtime cannot be fetched (a
// locked-down network), run the same app as the web shell instead of failing, and say so.
import { spawn } from 'node:child_process';
import { downloadElectronRuntime, findElectronBinary } from './lib/electron-binary';
import { ROOT } from './lib/paths';
import { runOrThrow } from './lib/process';
import { parseWebShellArgs, runWebShell } from './lib/web-shell';

const DOWNLOAD_TIMEOUT_MS = 90_000;

/** Electron 45's package and its downloader declare Node 22.12 or newer; the web shell needs 20.19. */
const DESKTOP_NODE = [22, 12] as const;

function nodeTooOldForDesktop(): boolean {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  return major < DESKTOP_NODE[0] || (major === DESKTOP_NODE[0] && minor < DESKTOP_NODE[1]);
}

function fallbackNotice(reason: string, url: string): string {
  return [
    `Electron's runtime could not be downloaded from its release host (${reason}); this is`,
    'usually a firewall or proxy on this network. MTTR Studio will start as the web shell instead:',
    `the same app, served only to this computer at ${url}, in your browser. To get the`,
    'desktop shell later, run `npm start` on a network where the host is reachable, or point',
    'ELECTRON_MIRROR at a mirror your network allows and run `npm start` again.',
  ].join(' ');
}

function runElectron(binary: string): void {
  // ELECTRON_RUN_AS_NODE would make the binary a plain Node and ignore the app entirely.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.once('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.once('exit', (code, signal) => {
    process.exit(code ?? (signal === null ? 0 : 1));
  });
}

// Until a shell is running, Ctrl+C simply stops us (the build or download child gets the same
// signal from the terminal); each shell then installs its own clean shutdown.
const abort = (): never => process.exit(130);
process.on('SIGINT', abort);
process.on('SIGTERM', abort);

try {
  const webOptions = parseWebShellArgs(process.argv.slice(2));
  await runOrThrow('npm', ['run', 'build'], { cwd: ROOT });

  let binary = findElectronBinary();
  let reason = '';
  if (binary === null) {
    console.log(
      `Fetching Electron's runtime (first start only; up to ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`,
    );
    const outcome = await downloadElectronRuntime(DOWNLOAD_TIMEOUT_MS);
    reason = outcome.reason;
    if (!outcome.ok && nodeTooOldForDesktop()) {
      reason += `; note that Electron's downloader needs Node.js ${DESKTOP_NODE.join('.')} or newer and this is ${process.versions.node}`;
    }
    binary = findElectronBinary();
  }

  process.off('SIGINT', abort);
  process.off('SIGTERM', abort);
  if (binary !== null) {
    runElectron(binary);
  } else {
    console.log(`\n${fallbackNotice(reason, `http://127.0.0.1:${webOptions.port}/`)}\n`);
    await runWebShell(webOptions);
  }
} catch (error: unknown) {
  console.error(
    `MTTR Studio did not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

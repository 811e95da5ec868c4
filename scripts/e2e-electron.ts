// `npm run test:e2e:electron`: the Electron end-to-end suite where Electron's runtime exists; a
// one-line, successful skip where it does not (it cannot be downloaded on every network, and the
// web-shell suite covers the shared renderer there).
import { findElectronBinary } from './lib/electron-binary';
import { ROOT } from './lib/paths';
import { run, runOrThrow } from './lib/process';

if (findElectronBinary() === null) {
  console.log(
    'Electron end-to-end suite skipped: no Electron runtime in node_modules/electron (its download ' +
      'host is unreachable here); run npm start once where it is reachable to enable it.',
  );
  process.exit(0);
}

try {
  await runOrThrow('npm', ['run', 'build'], { cwd: ROOT });
  const playwright = ['playwright', 'test', '--config', 'e2e/electron/playwright.config.ts'];
  // Electron needs a display; on a headless Linux machine, give it a virtual one.
  const headlessLinux =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const result = headlessLinux
    ? await run('xvfb-run', ['--auto-servernum', 'npx', ...playwright], { cwd: ROOT })
    : await run('npx', playwright, { cwd: ROOT });
  process.exit(result.code ?? 1);
} catch (error: unknown) {
  console.error(
    `Electron end-to-end suite failed to run: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

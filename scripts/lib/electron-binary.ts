// Finding (and, once, fetching) the Electron runtime. The npm package holds only a launcher; the
// runtime itself is downloaded from Electron's release host, which locked-down networks block.
// Electron 45 has no install step: its package downloads the runtime the first time it is
// required, so we look for it ourselves first and run that download only when asked, with a limit.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { run } from './process';

const require = createRequire(import.meta.url);

export function electronPackageDir(): string {
  return path.dirname(require.resolve('electron/package.json'));
}

/**
 * The Electron executable, or null if the runtime is not installed. We look for it the way
 * electron/index.js does *before* asking that module: when the runtime is missing, requiring
 * `electron` starts a blocking download with no timeout, which would hang on a blocked network.
 */
export function findElectronBinary(): string | null {
  const dir = electronPackageDir();
  const pathFile = path.join(dir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(pathFile) && (override === undefined || override === '')) return null;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
  const expected =
    override !== undefined && override !== ''
      ? path.join(override, relative)
      : path.join(dir, 'dist', relative);
  if (!existsSync(expected)) return null;
  // Present: now the package's own answer is safe to take (it honours the same settings).
  const resolved: unknown = require('electron');
  return typeof resolved === 'string' && existsSync(resolved) ? resolved : null;
}

export interface DownloadOutcome {
  readonly ok: boolean;
  /** One line for the user when it failed: the last thing the installer said. */
  readonly reason: string;
}

/** Runs Electron's own installer (electron/install.js), giving up after `timeoutMs`. */
export async function downloadElectronRuntime(timeoutMs: number): Promise<DownloadOutcome> {
  const result = await run(process.execPath, [path.join(electronPackageDir(), 'install.js')], {
    timeoutMs,
    quiet: true,
  });
  if (result.timedOut) return { ok: false, reason: `no answer within ${timeoutMs / 1000} s` };
  const lastLine =
    result.output
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('at '))
      .at(-1) ?? '';
  return {
    ok: result.code === 0,
    reason: lastLine || `installer exited with code ${String(result.code)}`,
  };
}

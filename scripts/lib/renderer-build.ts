// Builds the renderer only when the build is missing or older than its sources, so `npm run web`
// starts at once on a fresh build and never serves a stale one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { RENDERER_OUT, ROOT } from './paths';
import { runOrThrow } from './process';

/** Everything the renderer bundle is built from: its folder, the shared contract, the config. */
export const RENDERER_INPUTS = ['renderer', 'electron/shared', 'vite.config.ts'];

/** Newest modification time (ms) under the given files and folders; missing ones are skipped. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (entry: string): void => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry)) {
        if (child !== 'node_modules') visit(path.join(entry, child));
      }
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const entry of paths) visit(entry);
  return newest;
}

export function isRendererStale(
  outputIndex = path.join(RENDERER_OUT, 'index.html'),
  inputs: readonly string[] = RENDERER_INPUTS.map((input) => path.join(ROOT, input)),
): boolean {
  if (!existsSync(outputIndex)) return true;
  return newestMtime(inputs) > statSync(outputIndex).mtimeMs;
}

export async function ensureRendererBuilt(): Promise<void> {
  if (!isRendererStale()) return;
  console.log('Building the renderer (npx vite build)…');
  await runOrThrow('npx', ['vite', 'build'], { cwd: ROOT });
}

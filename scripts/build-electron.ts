// Bundles the main process and the preload into dist/electron. Both are single CommonJS files:
// package.json is "type": "module", so `.cjs` tells Electron how to load them, and the sandboxed
// preload cannot `require` anything but `electron`, so everything else must be inside it.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');

// Electron 45 ships Node 22 and Chromium 140.
const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Fails the build if the preload bundle would require anything the sandbox does not provide. */
async function assertPreloadSelfContained(file: string): Promise<void> {
  const code = await readFile(file, 'utf8');
  const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
    (match) => match[1],
  );
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) {
    throw new Error(
      `preload.cjs requires ${foreign.join(', ')}; a sandboxed preload may only require electron.`,
    );
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/main.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      // 'browser' so that importing any Node built-in fails the build instead of becoming a
      // require() that the sandbox would refuse at runtime.
      platform: 'browser',
      target: 'chrome140',
    }),
  ]);
  await assertPreloadSelfContained(path.join(outDir, 'preload.cjs'));
  // The window icon must ship inside dist/: packaging includes only dist/** and package.json.
  await copyFile(path.join(root, 'assets/icon.png'), path.join(outDir, 'icon.png'));
  console.log(`Built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);
}

await main();

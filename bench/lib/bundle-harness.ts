// Bundles a benchmark harness (code run in the page, never shipped) into one script the
// benchmark serves on the app's origin, as the page's content policy requires. Production mode,
// so React in a harness is the same build the app ships.
import type { Page } from '@playwright/test';
import { build } from 'vite';

export async function bundleHarness(entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((file) => file.type === 'chunk');
      if (chunk?.type === 'chunk') return chunk.code;
    }
  }
  throw new Error(`The harness ${entry} did not bundle.`);
}

/** Serves `code` as `file` on the page's origin and runs it in the page. */
export async function addHarness(page: Page, file: string, code: string): Promise<void> {
  await page.route(`**/${file}`, (route) =>
    route.fulfill({ body: code, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: file });
}

// Backup and restore of a large history: 10,000 drills with their events, fifty teams with their
// assessments (bench/lib/backup-fixture.ts). Each run starts a browser on a new, empty on-disk
// profile, opens the web shell, and runs the app's own backup code in the page (bundled from
// bench/lib/backup-harness.ts, added to the page by the benchmark, never shipped):
//   import: from reading the chosen file, through the preview's checks, to the commit on disk;
//   export: from asking for a backup to the file's contents ready to save.
// The import runs first and seeds the profile the export then reads. The Save dialog and the
// preview screen are left out: they wait on the user, not on the app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { largeBackup } from '../lib/backup-fixture';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const DRILLS = 10_000;
// Both served by the benchmark on the app's own origin, as the page's content policy requires.
const FIXTURE_URL = '**/bench-backup.json';
const HARNESS_URL = '**/bench-backup-harness.js';

interface Harness {
  importFile(file: Blob): Promise<{ ms: number; detail: string }>;
  exportFile(): Promise<{ ms: number; detail: string }>;
}

async function bundleHarness(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'bench/lib/backup-harness.ts', formats: ['iife'], name: 'backupHarness' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((file) => file.type === 'chunk');
      if (chunk?.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('The backup harness did not bundle.');
}

async function oneRun(
  context: BenchContext,
  harness: string,
  text: string,
): Promise<{ importMs: number; exportMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-backup-'));
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.route(FIXTURE_URL, (route) =>
      route.fulfill({ body: text, contentType: 'application/json' }),
    );
    await page.route(HARNESS_URL, (route) =>
      route.fulfill({ body: harness, contentType: 'text/javascript' }),
    );
    await page.goto(context.baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('mttr:interactive').length > 0);
    await page.addScriptTag({ url: 'bench-backup-harness.js' });
    const imported = await runInPage(page, 'import');
    const exported = await runInPage(page, 'export');
    return { importMs: imported, exportMs: exported };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runInPage(page: Page, what: 'import' | 'export'): Promise<number> {
  const result = await page.evaluate(async (step) => {
    const harness = (window as unknown as { backupBench: Harness }).backupBench;
    if (step === 'export') return harness.exportFile();
    // The file as a user's file input gives it: a Blob the app reads itself.
    const file = await (await fetch('bench-backup.json')).blob();
    return harness.importFile(file);
  }, what);
  return result.ms;
}

export const backup: MetricSuite = async (context) => {
  const harness = await bundleHarness();
  const { text } = largeBackup(DRILLS, Date.now());
  const imports: number[] = [];
  const exports: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    const { importMs, exportMs } = await oneRun(context, harness, text);
    imports.push(Math.round(importMs));
    exports.push(Math.round(exportMs));
  }
  return [
    { name: 'backup-import-10k-drills', unit: 'ms', samples: imports },
    { name: 'backup-export-10k-drills', unit: 'ms', samples: exports },
  ] satisfies Measurement[];
};

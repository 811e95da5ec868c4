// Backup and restore of an organisation's history: 200 teams with their assessments, 10,000 drills
// with their runs (about 100,000 events) and 20,000 incidents (bench/lib/backup-fixture.ts). Each run starts a browser on a new, empty on-disk
// profile, opens the web shell, and runs the app's own backup code in the page (bundled from
// bench/lib/backup-harness.ts, added to the page by the benchmark, never shipped):
//   import: from reading the chosen file, through the preview's checks, to the commit on disk;
//   export: from asking for a backup to the file's contents ready to save.
// The import runs first and seeds the profile the export then reads. The Save dialog and the
// preview screen are left out: they wait on the user, not on the app.
// Floors, in a second new profile just before each run, in the same order: the file's records
// written raw into the app's empty database (same stores and indexes, one strict transaction, no
// checks), then every store read once.
// Memory: the page's peak resident memory during the import (bench/lib/renderer-memory), its floor
// the peak of the raw write, which reads and parses the same file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { largeBackup } from '../lib/backup-fixture';
import { addHarness, bundleHarness } from '../lib/bundle-harness';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';
import {
  memoryMeasurable,
  NOT_MEASURABLE,
  rendererPeakMib,
  resetRendererPeaks,
  type TimeAndPeak,
} from '../lib/renderer-memory';

// Served by the benchmark on the app's own origin, as the page's content policy requires.
const FIXTURE_URL = '**/bench-backup.json';

type Step = 'importFile' | 'parseFile' | 'exportFile' | 'bareBulkWrite' | 'bareRead';
type Harness = Record<Step, (file?: Blob) => Promise<{ ms: number; detail: string }>>;

/** A new profile with the app open on it and the harness loaded; `steps` run in order. */
async function inNewProfile(
  context: BenchContext,
  harness: string,
  text: string,
  steps: readonly Step[],
): Promise<TimeAndPeak[]> {
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
    await page.goto(context.baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('mttr:interactive').length > 0);
    await addHarness(page, 'bench-backup-harness.js', harness);
    const figures: TimeAndPeak[] = [];
    const measurable = memoryMeasurable();
    for (const step of steps) {
      if (measurable) resetRendererPeaks(dir);
      const ms = await runInPage(page, step);
      figures.push({ ms, peakMib: measurable ? rendererPeakMib(dir) : undefined });
    }
    return figures;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runInPage(page: Page, step: Step): Promise<number> {
  const result = await page.evaluate(async (name) => {
    const harness = (window as unknown as { backupBench: Harness }).backupBench;
    if (name === 'exportFile' || name === 'bareRead') return harness[name]();
    // The file as a user's file input gives it: a Blob the page reads itself.
    const file = await (await fetch('bench-backup.json')).blob();
    return harness[name](file);
  }, step);
  // What each step did (records written, where the time went), for whoever reads the log.
  console.error(`backup ${step}: ${String(Math.round(result.ms))} ms, ${result.detail}`);
  return Math.round(result.ms);
}

export const backup: MetricSuite = async (context) => {
  const harness = await bundleHarness('bench/lib/backup-harness.ts', 'backupHarness');
  const { text } = largeBackup(Date.now());
  const imports: number[] = [];
  const exports: number[] = [];
  const writes: number[] = [];
  const reads: number[] = [];
  const importPeaks: number[] = [];
  const writePeaks: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    const [write, read] = await inNewProfile(context, harness, text, ['bareBulkWrite', 'bareRead']);
    // The parse alone is logged, for whoever reads where an import's time goes.
    const [imported, , exported] = await inNewProfile(context, harness, text, [
      'importFile',
      'parseFile',
      'exportFile',
    ]);
    if (!write || !read || !imported || !exported) throw new Error('A backup step gave no figure.');
    writes.push(write.ms);
    reads.push(read.ms);
    imports.push(imported.ms);
    exports.push(exported.ms);
    if (imported.peakMib !== undefined && write.peakMib !== undefined) {
      importPeaks.push(imported.peakMib);
      writePeaks.push(write.peakMib);
    }
  }
  const memory: Measurement[] =
    importPeaks.length === 0
      ? []
      : [
          {
            name: 'backup-import-organisation-peak-memory',
            unit: 'MiB',
            samples: importPeaks,
            floor: writePeaks,
          },
        ];
  if (memory.length === 0) console.error(NOT_MEASURABLE);
  return [
    { name: 'backup-import-organisation', unit: 'ms', samples: imports, floor: writes },
    { name: 'backup-export-organisation', unit: 'ms', samples: exports, floor: reads },
    ...memory,
  ] satisfies Measurement[];
};

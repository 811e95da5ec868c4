// Importing a large incident export: 20,000 PagerDuty incidents (REST shape, made up by the app's
// own generator, ~18 MB). Each run starts a browser on a new, empty on-disk profile, opens the web
// shell, and runs the app's own import code in the page (bench/lib/incidents-harness.ts):
//   preview of the file for a team that holds none of them yet (the first import);
//   commit of that preview;
//   preview of the same file again, now that all are stored (a re-import, nothing changes).
// The screens are left out: choosing a file and pressing Commit wait on the user, not on the app.
// Floors, same page and run: the file's text parsed as JSON (for both previews), and the stored
// records put raw into a store of their own with the same unique index (for the commit).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { addHarness, bundleHarness } from '../lib/bundle-harness';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const INCIDENTS = 20_000;

type Step = 'setUp' | 'preview' | 'commit' | 'bareParse' | 'bareWrite';

async function step(page: Page, name: Step): Promise<number> {
  const result = await page.evaluate(
    async ({ name, count }) => {
      const harness = (
        window as unknown as {
          incidentsBench: Record<Step, (count?: number) => Promise<{ ms: number }>>;
        }
      ).incidentsBench;
      return harness[name](count);
    },
    { name, count: INCIDENTS },
  );
  return Math.round(result.ms);
}

async function oneRun(context: BenchContext, harness: string): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-incidents-'));
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(context.baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('mttr:interactive').length > 0);
    await addHarness(page, 'bench-incidents-harness.js', harness);
    await step(page, 'setUp');
    const parse = await step(page, 'bareParse');
    const preview = await step(page, 'preview');
    const commit = await step(page, 'commit');
    const write = await step(page, 'bareWrite');
    const parseAgain = await step(page, 'bareParse');
    const reimport = await step(page, 'preview');
    return { parse, preview, commit, write, parseAgain, reimport };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const incidents: MetricSuite = async (context) => {
  const harness = await bundleHarness('bench/lib/incidents-harness.ts', 'incidentsHarness');
  const runs: Record<string, number>[] = [];
  for (let run = 0; run < context.runs; run++) runs.push(await oneRun(context, harness));
  const of = (key: string) => runs.map((run) => run[key] ?? 0);
  return [
    {
      name: 'incidents-preview-20k',
      unit: 'ms',
      samples: of('preview'),
      floor: of('parse'),
    },
    {
      name: 'incidents-commit-20k',
      unit: 'ms',
      samples: of('commit'),
      floor: of('write'),
    },
    {
      name: 'incidents-reimport-preview-20k',
      unit: 'ms',
      samples: of('reimport'),
      floor: of('parseAgain'),
    },
  ] satisfies Measurement[];
};

// Web-shell cold start to interactive, with the demo data loaded: a new browser process on a
// profile that already holds the data, from navigation start until the first screen shows it
// (the app's `mttr:interactive` performance mark).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { timeToMark } from '../lib/time-to-mark';
import type { BenchContext, MetricSuite } from '../lib/types';

async function prepareProfile(context: BenchContext): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-profile-'));
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  await page.goto(context.baseUrl);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page.getByText(/Demo data loaded/).waitFor();
  await browser.close();
  return dir;
}

export const startup: MetricSuite = async (context) => {
  const profile = await prepareProfile(context);
  const samples: number[] = [];
  try {
    for (let run = 0; run < context.runs; run++)
      samples.push(await timeToMark(context, profile, { hash: '', mark: 'mttr:interactive' }));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return [{ name: 'web-cold-start-to-interactive', unit: 'ms', samples }];
};

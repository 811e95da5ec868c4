// Web-shell cold start to interactive, with the demo data loaded: a new browser process on a
// profile that already holds the data, from navigation start until the first screen shows it
// (the app's `mttr:interactive` performance mark).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
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

async function coldStart(context: BenchContext, profile: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-run-'));
  cpSync(profile, dir, { recursive: true });
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(context.baseUrl);
    const handle = await page.waitForFunction(() => {
      const mark = performance.getEntriesByName('mttr:interactive')[0];
      return mark === undefined ? false : mark.startTime;
    });
    return Math.round((await handle.jsonValue()) as number);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const startup: MetricSuite = async (context) => {
  const profile = await prepareProfile(context);
  const samples: number[] = [];
  try {
    for (let run = 0; run < context.runs; run++) samples.push(await coldStart(context, profile));
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return [{ name: 'web-cold-start-to-interactive', unit: 'ms', samples }];
};

// Web-shell cold start to interactive, with the demo data loaded: a new browser process on a
// profile that already holds the data, from navigation start until the first screen shows it
// (the app's `mttr:interactive` performance mark). Floor: the same cold visit of a blank page
// from the same server, until it has loaded and painted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { appScreen, coldVisitsWithFloor } from '../lib/cold-visit';
import { loadDemoData } from '../lib/app-steps';
import type { BenchContext, MetricSuite } from '../lib/types';

const HOME = appScreen('', 'mttr:interactive');

async function prepareProfile(context: BenchContext): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-profile-'));
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    await loadDemoData(await browser.newPage(), context.baseUrl);
  } finally {
    await browser.close();
  }
  return dir;
}

export const startup: MetricSuite = async (context) => {
  const profile = await prepareProfile(context);
  try {
    const { samples, floor } = await coldVisitsWithFloor(context, profile, HOME);
    return [{ name: 'web-cold-start-to-interactive', unit: 'ms', samples, floor }];
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

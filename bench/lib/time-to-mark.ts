// One cold visit: a new browser process on a copy of a prepared profile (so every run starts from
// the same stored data), from navigation start until the app sets a performance mark.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import type { BenchContext } from './types';

export interface MarkVisit {
  /** The hash route to open, e.g. `#/trends?scope=all`; empty for Home. */
  readonly hash: string;
  /** The performance mark that says the screen is interactive. */
  readonly mark: string;
  /** What must also be on screen before the run counts, so the mark cannot run ahead of the data. */
  readonly alsoWaitFor?: (page: Page) => Promise<void>;
}

export async function timeToMark(
  context: BenchContext,
  profile: string,
  visit: MarkVisit,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-run-'));
  cpSync(profile, dir, { recursive: true });
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${context.baseUrl}${visit.hash}`);
    const handle = await page.waitForFunction((name) => {
      const entry = performance.getEntriesByName(name)[0];
      return entry === undefined ? false : entry.startTime;
    }, visit.mark);
    const ms = (await handle.jsonValue()) as number;
    if (visit.alsoWaitFor !== undefined) await visit.alsoWaitFor(page);
    return Math.round(ms);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

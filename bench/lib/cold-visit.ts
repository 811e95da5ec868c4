// One cold visit: a new browser process on a copy of a prepared profile (so every run starts from
// the same stored data), from navigation start until the page is ready. A screen of the app is
// ready when it sets its performance mark; the floor, the blank page, when it has loaded and
// painted. Both are timed by the page's own clock, from the same navigation start. Where the system
// lets it be read (bench/lib/renderer-memory), the page's peak resident memory until it was ready
// is kept beside each time.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { blankPageReadyAt, blankPageUrl } from './blank-page';
import { memoryMeasurable, rendererPeakMib, type TimeAndPeak } from './renderer-memory';
import type { BenchContext } from './types';

export interface ColdVisit {
  /** The address to open, from the web shell's base URL. */
  readonly url: (baseUrl: string) => string;
  /** Milliseconds from navigation start until the page counts as ready. */
  readonly readyAt: (page: Page) => Promise<number>;
}

/**
 * A screen of the app, ready at its performance mark. `alsoWaitFor` is what must also be on
 * screen before the run counts, so the mark cannot run ahead of the data.
 */
export function appScreen(
  hash: string,
  mark: string,
  alsoWaitFor?: (page: Page) => Promise<void>,
): ColdVisit {
  return {
    url: (baseUrl) => `${baseUrl}${hash}`,
    readyAt: async (page) => {
      const handle = await page.waitForFunction((name) => {
        const entry = performance.getEntriesByName(name)[0];
        return entry === undefined ? false : entry.startTime;
      }, mark);
      const ms = (await handle.jsonValue()) as number;
      if (alsoWaitFor !== undefined) await alsoWaitFor(page);
      return Math.round(ms);
    },
  };
}

/** The cold-start floor: a blank page from the same server, ready once loaded and painted. */
export const BLANK_VISIT: ColdVisit = { url: blankPageUrl, readyAt: blankPageReadyAt };

/** One cold visit's time, and the page's peak memory from its start until it was ready. */
export async function coldVisit(
  context: BenchContext,
  profile: string,
  visit: ColdVisit,
): Promise<TimeAndPeak> {
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-run-'));
  cpSync(profile, dir, { recursive: true });
  const browser = await chromium.launchPersistentContext(dir, {
    executablePath: context.chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(visit.url(context.baseUrl));
    const ms = await visit.readyAt(page);
    return { ms, peakMib: memoryMeasurable() ? rendererPeakMib(dir) : undefined };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Figures of several runs, each beside the floor taken with it. */
export interface WithFloor {
  readonly samples: number[];
  readonly floor: number[];
}

/**
 * `runs` cold visits of `visit` with, before each, one of the blank page: the floor taken in the
 * same minutes as the figure, so a machine that slows down slows both. `memory`: the same visits'
 * peaks, the blank page's the floor; undefined where memory cannot be read.
 */
export async function coldVisitsWithFloor(
  context: BenchContext,
  profile: string,
  visit: ColdVisit,
): Promise<WithFloor & { readonly memory: WithFloor | undefined }> {
  const samples: number[] = [];
  const floor: number[] = [];
  const memory: WithFloor = { samples: [], floor: [] };
  for (let run = 0; run < context.runs; run++) {
    const blank = await coldVisit(context, profile, BLANK_VISIT);
    const screen = await coldVisit(context, profile, visit);
    floor.push(blank.ms);
    samples.push(screen.ms);
    if (blank.peakMib !== undefined && screen.peakMib !== undefined) {
      memory.floor.push(blank.peakMib);
      memory.samples.push(screen.peakMib);
    }
  }
  return { samples, floor, memory: memory.samples.length === 0 ? undefined : memory };
}

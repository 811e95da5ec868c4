// The floor for anything that loads or prints a page, and the page the in-browser floors run in: a
// blank page served by the benchmark's web shell beside the app, on its origin (so it shares the
// app's storage) and with its headers. One word of text, because Chromium reports no first paint
// for a page with nothing to paint. Cross-origin isolated, which gives the page's clock 5 µs
// resolution instead of 100 µs: a bare write or a trivial render takes a few tenths of a
// millisecond, too short for the coarser clock.
import type { Page } from '@playwright/test';
import type { ExtraPage } from '../../scripts/lib/web-server';

export const BLANK_PAGE_PATH = '/bench-blank.html';

export const BLANK_PAGE: ExtraPage = {
  html:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>' +
    '<body><p>Blank</p></body></html>',
  headers: { 'Cross-Origin-Embedder-Policy': 'require-corp' },
};

export function blankPageUrl(baseUrl: string): string {
  return new URL(BLANK_PAGE_PATH.slice(1), baseUrl).href;
}

/** Milliseconds from navigation start until the page has both loaded and painted. */
export async function blankPageReadyAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    const paint = performance.getEntriesByName('first-paint')[0];
    if (navigation === undefined || navigation.loadEventEnd === 0 || paint === undefined) {
      return false;
    }
    return Math.max(navigation.loadEventEnd, paint.startTime);
  });
  return Math.round((await handle.jsonValue()) as number);
}

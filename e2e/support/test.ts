// The web specs take `test` and `expect` from here. With E2E_CPU_THROTTLE set (e.g. 4), every page
// a test's browser context opens runs its main thread that many times slower, as DevTools' CPU
// throttling does: a way to see how much margin a test has on a slower machine without owning one.
// Tests that launch a browser of their own are not throttled.
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

const rate = Number(process.env.E2E_CPU_THROTTLE ?? '1');
if (!Number.isFinite(rate) || rate < 1) {
  throw new Error(`E2E_CPU_THROTTLE must be a number ≥ 1, not "${process.env.E2E_CPU_THROTTLE}"`);
}

async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

export const test = base.extend({
  context: async ({ context }, use) => {
    if (rate > 1) {
      context.on('page', (page) => {
        // A page closed before its throttle arrives had nothing to slow down.
        throttle(context, page).catch(() => undefined);
      });
      await Promise.all(context.pages().map((page) => throttle(context, page)));
    }
    await use(context);
  },
  page: async ({ context, page }, use) => {
    // Pages the app opens (a report in a new tab) are throttled as they come; the test's own page
    // is throttled before the test starts.
    if (rate > 1) await throttle(context, page);
    await use(page);
  },
});

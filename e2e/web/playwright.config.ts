import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';

// E2E_PORT lets two checkouts run their suites side by side.
export const WEB_PORT = Number(process.env.E2E_PORT ?? 4173);

// Timeouts and workers are chosen for the slowest machine the suite must pass on: 2 cores, each 3–4×
// slower than a current laptop, one of them busy with something else (a CI runner, a newcomer's
// laptop). Measure a change with `E2E_CPU_THROTTLE=4` (support/test.ts) and a busy core
// (`node -e 'for(;;){}' &`).
//
// - Workers: 2. Most of a test is waiting (protocol round trips to Chromium, IndexedDB writes that
//   wait for the disk), so two tests share two cores well. With one core kept busy, the whole
//   suite took 586 s with 2 workers and 862 s with 1; each test took about 1.3× longer with 2.
// - Test timeout: a net for a hang, never a budget. The slowest test (the keyboard-only assessment,
//   ~450 keyboard steps in one journey) took 88 s with the CPU throttled 4×, 2 workers and the
//   machine loaded; every screen's accessibility scan took at most 60 s. The timeout is twice that.
//   A test that needs more than half of it there is too long: split it, one screen per test.
// - Expect, action and navigation timeouts: one step waits for one thing the user would see (a
//   save, a route, a live query, the demo data, a report drawn). The longest such wait measured in
//   those conditions was under 4 s; 20 s leaves room, and still fails with a message naming what
//   never appeared long before the test timeout.
const STEP_TIMEOUT = 20_000;

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/web',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 180_000,
  expect: { timeout: STEP_TIMEOUT },
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}/`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    actionTimeout: STEP_TIMEOUT,
    navigationTimeout: STEP_TIMEOUT,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx tsx scripts/web.ts --port ${WEB_PORT} --no-open`,
    cwd: '../..',
    url: `http://127.0.0.1:${WEB_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

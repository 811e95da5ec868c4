import { defineConfig } from '@playwright/test';

// Run through `npm run test:e2e:electron`, which builds first and skips cleanly where Electron's
// runtime is not installed. Each test launches its own app with its own profile, so tests do not
// share data; one worker keeps several Electron instances from competing for a small CI machine.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: { trace: 'retain-on-failure' },
});

import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

test.describe('web shell security', () => {
  test('every response carries the app CSP and hardening headers', async ({ page }) => {
    const response = await page.goto('./');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('the CSP blocks an injected inline script', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      const reported = new Promise<void>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push(event.violatedDirective);
          resolve();
        });
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      // An inline script runs as it is appended; a blocked one is reported by an event soon after.
      const injected = (window as unknown as { __injected?: boolean }).__injected === true;
      if (!injected) await reported;
      return { injected, violations };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.violations).toContain('script-src-elem');
  });

  test('the web shell has no Electron bridge and no Node', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    const globals = await page.evaluate(() => ({
      api: typeof (window as unknown as { api?: unknown }).api,
      process: typeof (window as unknown as { process?: unknown }).process,
      require: typeof (window as unknown as { require?: unknown }).require,
    }));
    expect(globals).toEqual({ api: 'undefined', process: 'undefined', require: 'undefined' });
  });

  test('the server answers only for the app and refuses path tricks', async ({ request }) => {
    const traversal = await request.get('./..%2f..%2fpackage.json');
    expect(traversal.status()).toBe(404);
    const missing = await request.get('./no-such-file.js');
    expect(missing.status()).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../shared/app-origin';
import { isAppUrl } from './app-url';
import { decideNavigation, decideWindowOpen } from './navigation';

describe('isAppUrl', () => {
  it('accepts URLs on the app origin', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/assets/index.js`)).toBe(true);
  });

  it.each([
    'app://other-host/index.html',
    'app://mttr-studio:1/index.html',
    'app://x@mttr-studio/',
    'https://mttr-studio/',
    'file:///index.html',
    'nonsense',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('allows moving within the app', () => {
    expect(decideNavigation(`${APP_ORIGIN}/index.html#/reports`)).toBe('allow');
  });

  it('sends an allow-listed https link to the system browser instead of the window', () => {
    expect(decideNavigation('https://dora.dev/research/')).toEqual({
      openExternal: 'https://dora.dev/research/',
    });
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5174/',
    'file:///etc/passwd',
    'app://other-host/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('denies %s', (url) => {
    expect(decideNavigation(url)).toBe('deny');
  });
});

describe('decideWindowOpen', () => {
  it('never opens a new app window, even on the app origin', () => {
    expect(decideWindowOpen(APP_ENTRY_URL)).toBe('deny');
  });

  it('opens allow-listed links externally and denies everything else', () => {
    expect(decideWindowOpen('https://github.com/')).toEqual({
      openExternal: 'https://github.com/',
    });
    expect(decideWindowOpen('https://example.com/')).toBe('deny');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { reportRoute, type ReportRequest } from '@shared/report-request';
import { createWebPlatform, showRoute } from './web-adapter';

vi.stubGlobal('__APP_VERSION__', '9.9.9');

describe('web platform adapter', () => {
  it('reports the web shell and the build version', async () => {
    const api = createWebPlatform({ openWindow: vi.fn(), download: vi.fn(), openRoute: vi.fn() });
    const info = await api.getAppInfo();
    expect(info).toEqual({
      ok: true,
      value: { name: 'MTTR Studio', version: '9.9.9', shell: 'web', platform: 'browser' },
    });
  });

  it('opens allow-listed https links and nothing else', async () => {
    const openWindow = vi.fn();
    const api = createWebPlatform({ openWindow, download: vi.fn(), openRoute: vi.fn() });
    expect(await api.openExternal('https://dora.dev/guides/')).toEqual({ ok: true, value: null });
    expect(openWindow).toHaveBeenCalledWith('https://dora.dev/guides/');

    const refused = await api.openExternal('javascript:alert(1)');
    expect(refused.ok).toBe(false);
    expect(await api.openExternal('http://dora.dev/')).toMatchObject({ code: 'not-allowed' });
    expect(await api.openExternal('https://evil.example/')).toMatchObject({ code: 'not-allowed' });
    expect(openWindow).toHaveBeenCalledTimes(1);
  });

  it('saves a file as a download with the suggested name and the content as it was', async () => {
    const download = vi.fn<(fileName: string, blob: Blob) => void>();
    const api = createWebPlatform({ openWindow: vi.fn(), download, openRoute: vi.fn() });
    const content = '{"format":"mttr-studio-backup","note":"Zoë"}';
    const result = await api.saveFile({ suggestedName: 'backup.json', content, kind: 'backup' });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'backup.json' } });
    const [fileName, blob] = download.mock.calls[0] ?? [];
    expect(fileName).toBe('backup.json');
    expect(blob?.type).toBe('application/json;charset=utf-8');
    expect(await blob?.text()).toBe(content);
  });

  it('gives a CSV the csv extension and type', async () => {
    const download = vi.fn<(fileName: string, blob: Blob) => void>();
    const api = createWebPlatform({ openWindow: vi.fn(), download, openRoute: vi.fn() });
    await api.saveFile({ suggestedName: 'drills', content: 'a,b\n1,2\n', kind: 'csv' });
    const [fileName, blob] = download.mock.calls[0] ?? [];
    expect(fileName).toBe('drills.csv');
    expect(blob?.type).toBe('text/csv;charset=utf-8');
  });

  it('reports a download the browser refused as an io-error value', async () => {
    const download = () => {
      throw new Error('downloads are blocked');
    };
    const api = createWebPlatform({ openWindow: vi.fn(), download, openRoute: vi.fn() });
    const result = await api.saveFile({ suggestedName: 'x.json', content: '{}', kind: 'backup' });
    expect(result).toMatchObject({ ok: false, code: 'io-error' });
    expect(result.ok ? '' : result.message).toContain('downloads are blocked');
  });

  it('has no native menu, so subscribing is harmless', () => {
    const api = createWebPlatform({ openWindow: vi.fn(), download: vi.fn(), openRoute: vi.fn() });
    const unsubscribe = api.onMenuCommand(vi.fn());
    expect(() => {
      unsubscribe();
    }).not.toThrow();
  });

  it('exports a report by opening its view to print itself, and says so', async () => {
    const openRoute = vi.fn<(route: string) => void>();
    const openWindow = vi.fn();
    const download = vi.fn();
    const api = createWebPlatform({ openWindow, download, openRoute });
    const request: ReportRequest = {
      target: {
        kind: 'trend',
        teamId: 'team-1',
        period: 'custom',
        from: '2026-01-01',
        to: '2026-03-31',
      },
      paper: 'letter',
    };
    const result = await api.exportReportPdf(request);
    expect(result).toEqual({ ok: true, value: { outcome: 'opened-for-print' } });
    expect(openRoute).toHaveBeenCalledTimes(1);
    expect(openRoute).toHaveBeenCalledWith(`${reportRoute(request)}&print=1`);
    expect(openRoute.mock.calls[0]?.[0]).toBe(
      '/reports/trend/team-1?paper=letter&period=custom&from=2026-01-01&to=2026-03-31&print=1',
    );
    // Nothing leaves the app: no new tab, no download.
    expect(openWindow).not.toHaveBeenCalled();
    expect(download).not.toHaveBeenCalled();
  });

  it('opens each kind of report at its own route', async () => {
    const openRoute = vi.fn<(route: string) => void>();
    const api = createWebPlatform({ openWindow: vi.fn(), download: vi.fn(), openRoute });
    await api.exportReportPdf({ target: { kind: 'assessment', assessmentId: 'a 1' }, paper: 'a4' });
    await api.exportReportPdf({ target: { kind: 'drill', drillId: 'd-1' }, paper: 'a4' });
    expect(openRoute.mock.calls.map(([route]) => route)).toEqual([
      '/reports/assessment/a%201?paper=a4&print=1',
      '/reports/drill/d-1?paper=a4&print=1',
    ]);
  });
});

describe('showRoute', () => {
  const fakeLocation = (hash: string) => ({ hash, replace: vi.fn<(url: string) => void>() });

  it('goes to another route as a new step in history', () => {
    const location = fakeLocation('#/reports');
    showRoute(location, '/reports/drill/d-1?paper=a4&print=1');
    expect(location.hash).toBe('/reports/drill/d-1?paper=a4&print=1');
    expect(location.replace).not.toHaveBeenCalled();
  });

  it('replaces the entry of the route on screen, keeping what the new route does not say', () => {
    const location = fakeLocation('#/reports/drill/d-1?paper=letter&back=%2Freports');
    showRoute(location, '/reports/drill/d-1?paper=a4&print=1');
    expect(location.replace).toHaveBeenCalledWith(
      '#/reports/drill/d-1?paper=a4&back=%2Freports&print=1',
    );
    expect(location.hash).toBe('#/reports/drill/d-1?paper=letter&back=%2Freports');
  });

  it('tells a record from another whose id starts the same', () => {
    const location = fakeLocation('#/reports/drill/d-1');
    showRoute(location, '/reports/drill/d-10?paper=a4&print=1');
    expect(location.replace).not.toHaveBeenCalled();
    expect(location.hash).toBe('/reports/drill/d-10?paper=a4&print=1');
  });
});

describe('the presenter window and the wake lock in the web shell', () => {
  const drillId = '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b';
  const base = { openWindow: vi.fn(), download: vi.fn(), openRoute: vi.fn() };

  it('opens the presenter route in a second window named for the drill', async () => {
    const openAppWindow = vi.fn((_route: string, _name: string) => true);
    const api = createWebPlatform({ ...base, openAppWindow });
    expect(await api.openPresenter(drillId)).toEqual({
      ok: true,
      value: { placement: 'browser-window' },
    });
    expect(openAppWindow).toHaveBeenCalledWith(
      `/drills/${drillId}/present?window=own`,
      `mttr-presenter-${drillId}`,
    );
  });

  it('says so when the browser blocks the window', async () => {
    const api = createWebPlatform({ ...base, openAppWindow: () => false });
    const result = await api.openPresenter(drillId);
    expect(result).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(result.ok ? '' : result.message).toMatch(/blocked the presenter window/);
  });

  it('refuses a drill that is not named by its UUID', async () => {
    const openAppWindow = vi.fn(() => true);
    const api = createWebPlatform({ ...base, openAppWindow });
    expect(await api.openPresenter('../settings')).toMatchObject({ code: 'invalid-arguments' });
    expect(openAppWindow).not.toHaveBeenCalled();
  });

  it('holds one wake lock while asked, and releases it when told', async () => {
    const release = vi.fn();
    const requestWakeLock = vi.fn(() => Promise.resolve(release));
    const api = createWebPlatform({ ...base, requestWakeLock });
    await api.keepDisplayAwake(true);
    await api.keepDisplayAwake(true);
    expect(requestWakeLock).toHaveBeenCalledTimes(1);
    await api.keepDisplayAwake(false);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('is fine where the browser refuses a wake lock or has none', async () => {
    const refused = createWebPlatform({
      ...base,
      requestWakeLock: () => Promise.reject(new Error('NotAllowedError')),
    });
    expect(await refused.keepDisplayAwake(true)).toEqual({ ok: true, value: null });
    expect(await createWebPlatform(base).keepDisplayAwake(true)).toEqual({ ok: true, value: null });
  });

  it('cannot show a download in a folder, and says so', async () => {
    expect(await createWebPlatform(base).showSavedFile(drillId)).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
  });
});

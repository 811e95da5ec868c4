import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { SettingsPage } from './pages/settings-page';

test.describe('metrics for Prometheus', () => {
  test('Settings exports the snapshot, the history and the Grafana dashboard', async ({ page }) => {
    const settings = new SettingsPage(page);
    await settings.open();
    await settings.app.loadDemoData();
    const section = page.getByRole('region', { name: 'Metrics for Prometheus' });
    await expect(section).toBeVisible();
    // The kept-up-to-date folder is the desktop app's: the web shell says why in one line.
    await expect(
      section.getByText(/a browser cannot write to a folder on its own\.$/u),
    ).toBeVisible();
    await expect(section.getByRole('button', { name: /up to date/u })).toHaveCount(0);

    const downloads: Download[] = [];
    page.on('download', (download) => downloads.push(download));
    const button = section.getByRole('button', { name: 'Export metrics for Prometheus' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => downloads.length).toBe(3);
    await settings.app.expectToast(
      'Metrics saved as mttr-studio.prom, mttr-studio-history.om, mttr-studio-grafana-dashboard.json.',
    );
    const files = new Map<string, string>();
    for (const download of downloads) {
      files.set(download.suggestedFilename(), await readFile(await download.path(), 'utf8'));
    }
    const prom = files.get('mttr-studio.prom') ?? '';
    expect(prom).toContain('# TYPE mttr_studio_time_to_recover_seconds histogram\n');
    expect(prom).toMatch(/^mttr_studio_drills_completed_total\{source="drill",team="[^"]+",/mu);
    expect(prom).toMatch(/^mttr_studio_maturity_level\{team="[^"]+",category="[^"]+"\} [1-5]$/mu);
    expect(files.get('mttr-studio-history.om')?.endsWith('\n# EOF\n')).toBe(true);
    const dashboard = JSON.parse(files.get('mttr-studio-grafana-dashboard.json') ?? '') as {
      __inputs: { pluginId: string }[];
    };
    expect(dashboard.__inputs[0]?.pluginId).toBe('prometheus');
    await expectNoSeriousA11yViolations(page);
  });
});

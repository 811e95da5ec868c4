import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { dumpDatabase } from '../support/database';
import { chooseOption } from './pages/app-page';
import { IncidentsPage } from './pages/incidents-page';

const snap = (page: Page, name: string) =>
  page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });

/** Each tool's fixture, the preset the app should recognise, and the zone its times need. */
const FILES = [
  { file: 'pagerduty-rest.json', tool: 'pagerduty-rest', zone: 'UTC' },
  { file: 'pagerduty-analytics.json', tool: 'pagerduty-analytics', zone: 'America/New_York' },
  { file: 'opsgenie-alerts.json', tool: 'opsgenie', zone: 'UTC' },
  { file: 'incident-io.json', tool: 'incident-io', zone: 'UTC' },
  { file: 'firehydrant.json', tool: 'firehydrant', zone: 'UTC' },
  { file: 'rootly.json', tool: 'rootly', zone: 'UTC' },
  { file: 'grafana-oncall.json', tool: 'grafana-oncall', zone: 'UTC' },
  { file: 'servicenow-incidents.csv', tool: 'servicenow', zone: 'Europe/Berlin' },
  { file: 'jira-incidents.csv', tool: 'jira', zone: 'America/New_York' },
] as const;

/** Grafana OnCall names no severity the app knows: the user says what each value means. */
async function mapGrafanaSeverities(page: Page) {
  const values = page.getByRole('region', { name: 'Severity values the app does not know' });
  await chooseOption(values.getByLabel(/^“critical”/u), 'SEV1');
  await chooseOption(values.getByLabel(/^“warning”/u), 'SEV3');
  await values.getByRole('button', { name: 'Read the file again with these severities' }).click();
  await expect(values).toBeHidden();
}

test.describe('importing incidents', () => {
  test.use({ colorScheme: 'light' });

  for (const { file, tool, zone } of FILES) {
    test(`${file}: recognised, previewed, imported, and a second import changes nothing`, async ({
      page,
    }) => {
      const incidents = new IncidentsPage(page);
      await incidents.startWithTeam('Payments');
      await incidents.openImport();
      await incidents.chooseFile(file);
      await expect(incidents.tool()).toHaveValue(tool);
      await incidents.chooseZone(zone);
      await incidents.previewImport();
      await expect(incidents.preview().getByRole('heading', { level: 2 })).toBeFocused();
      if (tool === 'grafana-oncall') await mapGrafanaSeverities(page);
      const [added = 0, updated, unchanged] = await incidents.totals();
      expect(added).toBeGreaterThan(0);
      expect([updated, unchanged]).toEqual([0, 0]);
      await incidents.commit();
      expect(await incidents.totals(incidents.result())).toEqual([added, 0, 0]);
      const stored = await dumpDatabase(page);
      expect(stored.incidents).toHaveLength(added);

      // The same file again: nothing changes.
      await incidents.chooseFile(file);
      await incidents.chooseZone(zone);
      await incidents.previewImport();
      if (tool === 'grafana-oncall') await mapGrafanaSeverities(page);
      await expect(incidents.preview()).toContainText('importing it changes nothing');
      expect(await incidents.totals()).toEqual([0, 0, added]);
      await incidents.commit();
      expect(await dumpDatabase(page)).toEqual(stored);
    });
  }

  test('a spreadsheet through the mapping step, saved and reused', async ({ page }) => {
    const incidents = new IncidentsPage(page);
    await incidents.startWithTeam('Payments');
    await incidents.openImport();
    await incidents.chooseFile('european-spreadsheet.csv');
    await expect(incidents.tool()).toHaveValue('csv');
    const mapping = page.getByRole('region', { name: 'Which column is which' });
    // The header's names are guessed; the rest is chosen.
    await expect(mapping.getByLabel('Incident id (required)')).toHaveValue('Nr');
    await chooseOption(mapping.getByLabel('Date format'), 'dd.MM.yyyy HH:mm');
    await chooseOption(mapping.getByLabel('Zone of times written without one'), 'Europe/Berlin');
    await chooseOption(mapping.getByLabel('Decimal separator'), ',');
    for (const [value, severity] of [
      ['Kritisch', 'SEV1'],
      ['Hoch', 'SEV2'],
      ['Mittel', 'SEV3'],
    ] as const) {
      await chooseOption(mapping.getByLabel(`“${value}”`, { exact: true }), severity);
    }
    for (const [value, status] of [
      ['erledigt', 'resolved'],
      ['offen', 'open'],
      ['Test', 'rehearsal'],
    ] as const) {
      await chooseOption(mapping.getByLabel(`“${value}”`, { exact: true }), status);
    }
    await mapping.getByLabel('Save this mapping as').fill('Ops sheet');
    await mapping.getByRole('button', { name: 'Save mapping' }).click();
    await expect(mapping.getByRole('status')).toHaveText('Saved as “Ops sheet”.');
    await incidents.previewImport();
    const [added = 0] = await incidents.totals();
    expect(added).toBeGreaterThan(0);
    await expect(incidents.preview()).toContainText('Still open');
    await expectNoSeriousA11yViolations(page);
    await snap(page, 'incidents-import-mapping-light');
    await incidents.commit();

    // Next time: the saved mapping reads the file as before.
    await incidents.openImport();
    await incidents.chooseFile('european-spreadsheet.csv');
    await chooseOption(page.getByLabel('Use a saved mapping'), { label: 'Ops sheet' });
    await incidents.previewImport();
    expect(await incidents.totals()).toEqual([0, 0, added]);
  });

  test('the list filters, and an incident’s page shows where each time came from', async ({
    page,
  }) => {
    const incidents = new IncidentsPage(page);
    await incidents.startWithTeam('Payments');
    await incidents.openImport();
    await incidents.chooseFile('incident-io.json');
    await incidents.chooseZone('UTC');
    await incidents.previewImport();
    await expectNoSeriousA11yViolations(page);
    await snap(page, 'incidents-import-preview-light');
    await incidents.commit();

    await incidents.openList();
    const list = page.getByRole('region', { name: /Payments: \d+ of \d+ incidents/ });
    await expect(list).toContainText('Payments: 6 of 6 incidents');
    await chooseOption(page.getByLabel('Severity'), 'SEV1');
    await expect(list.getByRole('heading', { level: 2 })).not.toContainText('6 of 6');
    await chooseOption(page.getByLabel('Severity'), '');
    await chooseOption(page.getByLabel('Service'), 'unmatched');
    await expect(list).toContainText('(not a service of this team)');
    await chooseOption(page.getByLabel('Service'), '');
    await expectNoSeriousA11yViolations(page);
    await snap(page, 'incidents-list-light');

    await list.getByRole('link').first().click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline).toContainText('incident_timestamp_values');
    await expect(timeline).toContainText('not recorded');
    await expectNoSeriousA11yViolations(page);
    await snap(page, 'incident-page-light');
  });

  test('bad files are refused with a clear message, and nothing changes', async ({ page }) => {
    const incidents = new IncidentsPage(page);
    await incidents.startWithTeam('Payments');
    await incidents.openImport();
    const before = await dumpDatabase(page);
    const opsgenie = readFileSync(
      'renderer/src/domain/incidents/fixtures/opsgenie-alerts.json',
      'utf8',
    );
    // Another tool's export under a chosen preset.
    await incidents.chooseFile('alerts.json', opsgenie);
    await chooseOption(incidents.tool(), 'pagerduty-rest');
    await incidents.previewImport();
    await expect(incidents.alert()).toContainText(
      'This looks like an Opsgenie alerts export, not a PagerDuty incidents export',
    );
    // A file cut off half way.
    await incidents.chooseFile('cut.json', opsgenie.slice(0, opsgenie.length / 2));
    await expect(incidents.alert()).toContainText('The file ends too early');
    // Not an export at all.
    await incidents.chooseFile('page.json', '<!doctype html><html><body>Sign in</body></html>');
    await expect(incidents.alert()).toContainText('This is a web page (HTML)');
    await expectNoSeriousA11yViolations(page);
    expect(await dumpDatabase(page)).toEqual(before);
    // One incident resolved before it was detected: that record is refused, with its place.
    const json = JSON.parse(opsgenie) as { data: { report: { closeTime: number } }[] };
    const first = json.data[0];
    if (first === undefined) throw new Error('setup: empty fixture');
    first.report.closeTime = -60_000;
    await incidents.chooseFile('alerts.json', JSON.stringify(json));
    await chooseOption(incidents.tool(), 'opsgenie');
    await incidents.previewImport();
    const refused = incidents.preview().getByRole('table').filter({ hasText: 'Why' });
    await expect(refused.getByRole('row', { name: /record 1/u })).toBeVisible();
    await snap(page, 'incidents-import-refused-light');
  });
});

test.describe('the incidents screens at every size, light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: import preview, list and incident page`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const incidents = new IncidentsPage(page);
      await incidents.startWithTeam('Payments');
      await incidents.openImport();
      await incidents.chooseFile('servicenow-incidents.csv');
      await incidents.chooseZone('Europe/Berlin');
      await incidents.previewImport();
      await expect(incidents.preview()).toBeVisible();
      for (const [width, height] of [
        [1024, 700],
        [1280, 720],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await snap(page, `incidents-import-${width}-${colorScheme}`);
      }
      await incidents.commit();
      await incidents.openList();
      await expectNoSeriousA11yViolations(page);
      for (const [width, height] of [
        [1024, 700],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await snap(page, `incidents-list-${width}-${colorScheme}`);
      }
      await page
        .getByRole('region', { name: /incidents$/u })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.setViewportSize({ width: 1024, height: 700 });
      await snap(page, `incident-page-1024-${colorScheme}`);
    });
  }
});

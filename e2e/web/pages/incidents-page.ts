import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, chooseOption } from './app-page';

const FIXTURES = 'renderer/src/domain/incidents/fixtures';

/** The incident import screen, the incidents list and an incident's page. */
export class IncidentsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  /** An empty profile with one team, created on the first-run screen. */
  async startWithTeam(name: string): Promise<void> {
    await this.app.open();
    const form = this.page.getByRole('form', { name: 'Create a team' });
    await form.getByLabel('Team name').fill(name);
    await form.getByRole('button', { name: 'Create first team' }).click();
    await expect(this.app.heading()).toHaveText(name);
  }

  async openImport(): Promise<void> {
    await this.app.open('/incidents/import');
    await expect(this.app.heading()).toHaveText('Import incidents');
  }

  async openList(): Promise<void> {
    await this.app.open('/incidents');
    await expect(this.app.heading()).toHaveText('Incidents');
  }

  /** Chooses a fixture of the importers' tests, or any text under a name. */
  async chooseFile(name: string, text?: string): Promise<void> {
    const body = text ?? readFileSync(`${FIXTURES}/${name}`, 'utf8');
    await this.page.getByLabel('Incident export file').setInputFiles({
      name,
      mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
      buffer: Buffer.from(body, 'utf8'),
    });
  }

  tool(): Locator {
    return this.page.getByLabel('Exported from');
  }

  async chooseZone(zone: string): Promise<void> {
    await chooseOption(this.page.getByLabel('Zone of times written without one'), zone);
  }

  async previewImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview the import' }).click();
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: /^Before you import/ });
  }

  /** The preview's (or result's) Total row: [new, updated, unchanged]. */
  async totals(within: Locator = this.preview()): Promise<number[]> {
    const cells = within.locator('table.import-summary tfoot td');
    await expect(cells.first()).toBeVisible();
    return (await cells.allInnerTexts()).map(Number);
  }

  async commit(): Promise<void> {
    await this.preview().getByRole('button', { name: 'Import', exact: true }).click();
    await this.app.expectToast(/Incidents imported/);
  }

  result(): Locator {
    return this.page.getByRole('region', { name: /^Imported/ });
  }

  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, chooseOption } from './app-page';

/** The Portfolio screen: the heatmap, its filters, the group summary and team groups. */
export class PortfolioPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/portfolio');
    await expect(this.table()).toBeVisible();
  }

  table(): Locator {
    return this.page.getByRole('region', { name: 'Teams and levels' }).getByRole('table');
  }

  /** The team names of the table's rows, in order. */
  async teamNames(): Promise<string[]> {
    const headers = this.table().locator('tbody th[scope="row"]');
    const texts = await headers.evaluateAll((cells) =>
      cells.map((cell) => cell.firstChild?.textContent ?? ''),
    );
    return texts;
  }

  row(team: string): Locator {
    return this.table().locator('tbody tr', {
      has: this.page.getByRole('rowheader', { name: team }),
    });
  }

  async sortBy(column: string | RegExp): Promise<void> {
    await this.table().getByRole('button', { name: column }).click();
  }

  async filterByGroup(name: string): Promise<string> {
    return chooseOption(this.page.getByLabel('Group', { exact: true }), { label: name });
  }

  async createGroup(name: string, teams: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New group…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New team group' });
    await dialog.getByLabel('Group name').fill(name);
    for (const team of teams) await dialog.getByRole('checkbox', { name: team }).check();
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await this.app.expectToast(`Group “${name}” saved.`);
  }
}

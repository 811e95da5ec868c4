import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The Teams screen: create, rename and delete teams; their services and people. */
export class TeamsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/teams');
  }

  teamList(): Locator {
    return this.page.getByRole('navigation', { name: 'Teams' });
  }

  async createTeam(name: string): Promise<void> {
    await this.submitNewTeam(name);
    await this.app.expectToast(/created/);
  }

  async submitNewTeam(name: string): Promise<void> {
    await this.teamList().getByRole('link', { name: '+ New team' }).click();
    const form = this.page.getByRole('form', { name: 'Create a team' });
    await form.getByLabel('Team name').fill(name);
    await form.getByRole('button', { name: 'Create team' }).click();
  }

  async selectTeam(name: string): Promise<void> {
    await this.teamList().getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }

  renameForm(): Locator {
    return this.page.getByRole('form', { name: 'Rename team' });
  }

  async rename(name: string): Promise<void> {
    await this.renameForm().getByLabel('Team name').fill(name);
    await this.renameForm().getByRole('button', { name: 'Rename' }).click();
  }

  addServiceForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a service' });
  }

  async addService(name: string, tier: 1 | 2 | 3): Promise<void> {
    const form = this.addServiceForm();
    await form.getByLabel('Service name').fill(name);
    await form.getByLabel('Tier').selectOption(String(tier));
    await form.getByRole('button', { name: 'Add service' }).click();
  }

  addPersonForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a person' });
  }

  async addPerson(name: string, role: string): Promise<void> {
    const form = this.addPersonForm();
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Role').fill(role);
    await form.getByRole('button', { name: 'Add person' }).click();
  }

  table(caption: RegExp): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  async deleteCurrentTeam(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Delete team…' }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

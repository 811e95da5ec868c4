import { expect, type Locator, type Page } from '@playwright/test';

export const SCREENS = [
  'Home',
  'Teams',
  'Assessments',
  'Drills',
  'Trends',
  'Incidents',
  'Reports',
  'Portfolio',
  'Settings',
] as const;
export type Screen = (typeof SCREENS)[number];

export const DEMO_TEAMS = [
  'Checkout Web',
  'Data Pipelines',
  'Identity & Access',
  'Payments Platform',
] as const;

/**
 * Chooses an option of a select and waits until the select shows it. A choice kept in the URL
 * (filters, report choices) is applied a moment after the change event, and until then the select
 * still shows the previous one: reading or clicking on at once can see the old choice.
 */
export async function chooseOption(
  select: Locator,
  option: string | { readonly label: string } | { readonly index: number },
): Promise<string> {
  const [value = ''] = await select.selectOption(option);
  await expect(select).toHaveValue(value);
  return value;
}

/** The app frame: navigation, team switcher, headings and toasts. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(hashPath = '/'): Promise<void> {
    await this.page.goto(`./#${hashPath}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Presses Tab until `target` (or something inside it) has focus: keyboard only, bounded so a
   * focus trap fails fast. */
  async tabTo(target: Locator, limit = 40): Promise<void> {
    // Found once, then checked after each press: looking a locator up by role and name on every
    // press cost as much as the press itself, and more on a slow machine.
    const element = await target.elementHandle();
    try {
      for (let i = 0; i < limit; i += 1) {
        if (await element.evaluate((el) => el.contains(document.activeElement))) return;
        await this.page.keyboard.press('Tab');
      }
    } finally {
      await element.dispose();
    }
    throw new Error(`Tab never reached the target within ${limit} presses`);
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  async goTo(screen: Screen): Promise<void> {
    await this.nav().getByRole('link', { name: screen, exact: true }).click();
    await expect(this.nav().getByRole('link', { name: screen, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  teamSwitcher(): Locator {
    return this.page.getByRole('combobox', { name: 'Team' });
  }

  async switchTeam(name: string): Promise<void> {
    await this.teamSwitcher().selectOption({ label: name });
    await expect(this.teamSwitcher().locator('option:checked')).toHaveText(name);
  }

  /** A confirmation (a status) or a failure (an alert) in the message region. */
  async expectToast(text: string | RegExp): Promise<void> {
    const message = this.page.getByRole('status').or(this.page.getByRole('alert'));
    await expect(message.filter({ hasText: text }).first()).toBeVisible();
  }

  async loadDemoData(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await this.expectToast(/Demo data loaded/);
    // The switcher reads teams live; wait until it lists the demo teams before anyone counts them.
    for (const name of DEMO_TEAMS) {
      await expect(this.teamSwitcher().locator('option', { hasText: name })).toHaveCount(1);
    }
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './app-page';

/** The Trends screen: filters kept in the URL, sections with their figures. */
export class TrendsPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`./#/trends${query === '' ? '' : `?${query}`}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
    await expect(this.counts()).toBeVisible();
  }

  filters(): Locator {
    return this.page.getByRole('region', { name: 'Filters' });
  }

  async choose(label: string, option: string | { label: string }): Promise<void> {
    await chooseOption(this.filters().getByLabel(label, { exact: true }), option);
  }

  /** "17 completed drills measured; …" */
  counts(): Locator {
    return this.page.locator('.trends-counts');
  }

  async completedCount(): Promise<number> {
    const text = (await this.counts().textContent()) ?? '';
    const match = /^(\d+) completed drills? measured/.exec(text);
    if (match === null) throw new Error(`no count in "${text}"`);
    return Number(match[1]);
  }

  section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading, exact: true });
  }

  /** A figure (Median, p90, Mean, n) of the "Over time" summary. */
  async figure(term: 'Median' | 'p90' | 'Mean' | 'n'): Promise<number> {
    const figures = this.section('Over time').locator('.trends-figures');
    const terms = await figures.locator('dt').allTextContents();
    const text = await figures.locator('dd').nth(terms.indexOf(term)).textContent();
    return Number.parseFloat(text ?? '');
  }

  sentence(): Locator {
    return this.section('Compare two periods').locator('.trends-sentence');
  }
}

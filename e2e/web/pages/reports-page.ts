import { expect, type Locator, type Page } from '@playwright/test';
import { REPORT_STATE_ATTRIBUTE } from '@shared/report-request';
import { AppPage, chooseOption } from './app-page';

export type ReportKind = 'Assessment report' | 'Drill report' | 'Team trend report';
export const REPORT_KINDS: readonly ReportKind[] = [
  'Assessment report',
  'Drill report',
  'Team trend report',
];

const CHOICE_LABELS: Readonly<Record<ReportKind, string>> = {
  'Assessment report': 'Assessment',
  'Drill report': 'Drill',
  'Team trend report': 'Period',
};

/** What `stubPrint` records in the page: each call to window.print and the report's state then. */
interface PrintLog {
  readonly states: readonly (string | null)[];
}

/** The Reports screen: a paper choice, and a card per kind of report with its own choice. */
export class ReportsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(query = ''): Promise<void> {
    await this.app.open(`/reports${query === '' ? '' : `?${query}`}`);
    await expect(this.app.heading()).toHaveText('Reports');
  }

  card(kind: ReportKind): Locator {
    return this.page.getByRole('region', { name: kind, exact: true });
  }

  paper(): Locator {
    return this.page.getByRole('group', { name: 'Paper for every report' });
  }

  async choosePaper(name: 'A4' | 'US Letter'): Promise<void> {
    const radio = this.paper().getByRole('radio', { name: new RegExp(`^${name} `, 'u') });
    // Not check(): the choice lives in the URL, so the radio turns on once the router has moved
    // (a moment after the click), which check() would take for a click that did nothing.
    await radio.click();
    await expect(radio).toBeChecked();
  }

  /** The select of a card: Assessment, Drill or Period. */
  choice(kind: ReportKind): Locator {
    return this.card(kind).getByLabel(CHOICE_LABELS[kind], { exact: true });
  }

  /** Chooses the option at `index` of a card's select and returns its text. */
  async chooseAt(kind: ReportKind, index: number): Promise<string> {
    const option = this.choice(kind).locator('option').nth(index);
    const [value, text] = await Promise.all([option.getAttribute('value'), option.textContent()]);
    await chooseOption(this.choice(kind), value ?? '');
    return text ?? '';
  }

  async choosePeriod(label: string): Promise<void> {
    await chooseOption(this.choice('Team trend report'), { label });
  }

  firstDay(): Locator {
    return this.card('Team trend report').getByLabel('First day', { exact: true });
  }

  lastDay(): Locator {
    return this.card('Team trend report').getByLabel('Last day', { exact: true });
  }

  openLink(kind: ReportKind): Locator {
    return this.card(kind).getByRole('link', { name: 'Open the report' });
  }

  exportButton(kind: ReportKind): Locator {
    return this.card(kind).getByRole('button', { name: 'Export PDF…' });
  }
}

/**
 * Replaces window.print in every document the page loads: each call is counted on window with the
 * report's ready state at that moment, and no dialog opens (it would block a headless page).
 */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript((attribute) => {
    const log: { states: (string | null)[] } = { states: [] };
    Object.assign(window, { printLog: log });
    window.print = () => {
      log.states.push(document.documentElement.getAttribute(attribute));
    };
  }, REPORT_STATE_ATTRIBUTE);
}

/** The report states seen by each window.print call so far, in order. */
export async function printCalls(page: Page): Promise<readonly (string | null)[]> {
  return page.evaluate(() => (window as unknown as { printLog: PrintLog }).printLog.states);
}

import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, type Screen } from './app-page';

/** Settings → Data: back up, restore with its preview, CSV export. */
export class SettingsPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async open(): Promise<void> {
    await this.app.open('/settings');
    await expect(this.data()).toBeVisible();
  }

  data(): Locator {
    return this.page.getByRole('region', { name: 'Data' });
  }

  /** The restore's own alert region (the app has another, for a full disk). */
  restoreAlert(): Locator {
    return this.data().getByRole('alert');
  }

  preview(): Locator {
    return this.data().getByRole('region', { name: /^Before you import/ });
  }

  previewTable(): Locator {
    return this.preview().getByRole('table', { name: 'What importing would change' });
  }

  resultTable(): Locator {
    return this.data().getByRole('table', { name: 'What the import changed' });
  }

  /** Clicks "Back up all data" and returns the downloaded file's name and text. */
  async backUp(): Promise<{ readonly name: string; readonly text: string }> {
    const button = this.data().getByRole('button', { name: 'Back up all data' });
    return this.download(() => button.click());
  }

  async exportCsv(scope: 'current team' | 'all teams'): Promise<{ name: string; text: string }> {
    const label = scope === 'all teams' ? /^All teams/ : /\(current team\)$/;
    await this.data().getByRole('radio', { name: label }).check();
    const button = this.data().getByRole('button', { name: 'Export drills as CSV' });
    return this.download(() => button.click());
  }

  /** Chooses a backup file (from a name and its text) in the restore's file control. */
  async chooseBackup(name: string, text: string): Promise<void> {
    await this.data()
      .getByLabel('Backup file to restore')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  }

  /** The preview's Total row: [new, updated, unchanged]. */
  async totals(table: Locator = this.previewTable()): Promise<number[]> {
    await expect(table).toBeVisible();
    const cells = table.locator('tfoot td');
    return (await cells.allInnerTexts()).map(Number);
  }

  async confirmImport(): Promise<void> {
    await this.preview().getByRole('button', { name: 'Import' }).click();
    await expect(this.resultTable()).toBeVisible();
  }

  private async download(
    act: () => Promise<void>,
  ): Promise<{ readonly name: string; readonly text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), act()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}

export interface SeededStore {
  readonly name: string;
  readonly keyPath: string;
  readonly indexes?: readonly string[];
  readonly records: readonly unknown[];
}

/**
 * Creates an IndexedDB database on the app's origin before the app has looked at it, from a page
 * of the same origin that is not the app. IndexedDB version = Dexie version × 10.
 */
export async function seedDatabase(
  page: Page,
  database: { readonly name: string; readonly version: number; readonly stores: SeededStore[] },
): Promise<void> {
  await page.goto('./favicon.svg');
  await page.evaluate(
    ({ name, version, stores }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          for (const spec of stores) {
            const store = request.result.createObjectStore(spec.name, { keyPath: spec.keyPath });
            for (const index of spec.indexes ?? []) store.createIndex(index, index);
            for (const record of spec.records) store.add(record);
          }
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => {
          reject(new Error(request.error?.message ?? 'open failed'));
        };
      }),
    database,
  );
}

/** What must be on screen before its text is read: the part that loads last. */
const SETTLED: Readonly<
  Record<'Home' | 'Teams' | 'Assessments' | 'Drills', (page: Page) => ReturnType<Page['getByRole']>>
> = {
  Home: (page) => page.getByRole('heading', { name: /^Services \(\d+\)$/ }),
  Teams: (page) => page.locator('#main').getByRole('heading', { level: 2 }).first(),
  Assessments: (page) => page.locator('#main').getByRole('table').first(),
  Drills: (page) => page.locator('#main').getByRole('table').first(),
};
const COMPARED = Object.keys(SETTLED) as (keyof typeof SETTLED & Screen)[];

/** What a screen shows, less the passing messages above it ("Demo data loaded…" is not data). */
function screenText(page: Page): Promise<string> {
  return page.locator('#main').evaluate((main) =>
    [...main.children]
      .filter((child) => !child.matches('[data-testid="messages"]'))
      .map((child) => (child as HTMLElement).innerText)
      .join('\n'),
  );
}

export async function screenTexts(settings: SettingsPage): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const screen of COMPARED) {
    await settings.app.goTo(screen);
    await expect(SETTLED[screen](settings.page)).toBeVisible();
    texts[screen] = await screenText(settings.page);
  }
  return texts;
}

export async function expectScreens(settings: SettingsPage, texts: Record<string, string>) {
  for (const screen of COMPARED) {
    await settings.app.goTo(screen);
    await expect(SETTLED[screen](settings.page)).toBeVisible();
    await expect.poll(() => screenText(settings.page), { message: screen }).toBe(texts[screen]);
  }
}

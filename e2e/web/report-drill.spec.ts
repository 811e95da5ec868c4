import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { reportRoute, type PaperSize } from '@shared/report-request';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { drillEventsOf, dumpDatabase } from '../support/database';
import { printReport, waitForReport, type PrintedReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { startDemoDrill } from './pages/drill-run-page';

const PDF_DIR = 'test-results/report-drill';
const SCREENSHOT_DIR = 'e2e/screenshots';

interface StoredDrill {
  readonly id: string;
  readonly teamId: string;
  readonly status: string;
  readonly title: string;
  readonly scenarioName: string;
  readonly hypothesis: string;
  readonly plannedFor: string;
  readonly roles: {
    readonly facilitator: string;
    readonly incidentCommander: string;
    readonly scribe: string;
    readonly responders: readonly string[];
  };
  readonly review: { readonly wentWell: string; readonly wentBadly: string } | null;
}

interface DemoDrill {
  readonly drill: StoredDrill;
  readonly teamName: string;
  readonly actionItems: readonly string[];
}

/** What the drill's own screen shows, to hold the report to. */
interface ScreenFigures {
  /** [phase, duration, target] per row of "Phases against targets". */
  readonly phases: readonly (readonly string[])[];
  /** "Time to detect 3:12": each measure's label and figure. */
  readonly measures: readonly string[];
  /** What each timeline line says, without its times. */
  readonly timeline: readonly string[];
}

/** A mark's line on the drill screen's timeline: its label, perhaps undone. */
const MARK_LINE =
  /^(Fault injected|Detected|Acknowledged|Diagnosed|Mitigated|Recovered|Closed)( \(undone\))?$/u;

const collapse = (text: string) => text.replace(/\s+/gu, ' ');
const route = (drillId: string, paper: PaperSize) =>
  reportRoute({ target: { kind: 'drill', drillId }, paper });

/**
 * A completed demo drill with a review, action items and as many kinds of event as possible (a
 * note, side events, a pause), so one print covers most of what a report holds.
 */
async function pickDemoDrill(page: Page): Promise<DemoDrill> {
  const dump = await dumpDatabase(page);
  const drills = dump.drills as StoredDrill[];
  const events = drillEventsOf(dump) as { drillId: string; kind: string }[];
  const items = dump.actionItems as { title: string; source: { kind: string; id: string } }[];
  const teams = dump.teams as { id: string; name: string }[];
  const titlesOf = (id: string) =>
    items.filter((i) => i.source.kind === 'drill' && i.source.id === id).map((i) => i.title);
  const kindsOf = (id: string) =>
    new Set(events.filter((e) => e.drillId === id).map((e) => e.kind));
  const candidates = drills
    .filter((d) => d.status === 'completed' && d.review !== null && titlesOf(d.id).length > 0)
    .sort((a, b) => kindsOf(b.id).size - kindsOf(a.id).size || (a.id < b.id ? -1 : 1));
  const drill = candidates[0];
  if (drill === undefined) throw new Error('The demo data has no reviewed drill with action items');
  const teamName = teams.find((t) => t.id === drill.teamId)?.name ?? '';
  return { drill, teamName, actionItems: titlesOf(drill.id) };
}

async function readDrillScreen(page: Page, drillId: string): Promise<ScreenFigures> {
  await page.goto(`./#/drills/${drillId}`);
  const table = page.getByRole('region', { name: 'Phases against targets' });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  const phases = await table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('th, td'))
        .slice(0, 3)
        .map((cell) => cell.textContent.trim()),
    ),
  );
  const measures = await page
    .locator('.measure')
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.querySelector('dt')?.textContent.trim() ?? ''} ${item.querySelector('.measure-value')?.textContent.trim() ?? ''}`,
      ),
    );
  const timeline = await page
    .getByTestId('timeline')
    .locator('li > span:nth-child(2)')
    .allTextContents();
  return { phases, measures, timeline };
}

function expectWholeRows(printed: PrintedReport, rows: readonly (readonly string[])[]): void {
  const pages = printed.pages.map(collapse);
  for (const [elapsed = '', time = '', kind = '', text = ''] of rows) {
    const start = `${elapsed} ${time} ${kind} ${text.split(' ').slice(0, 2).join(' ')}`;
    const at = pages.findIndex((p) => p.includes(start));
    expect(at, `timeline row "${start}" is printed`).toBeGreaterThanOrEqual(0);
    // The row's last words print on the page where the row begins: the row was not cut.
    const ending = text.split(' ').slice(-2).join(' ');
    expect(pages[at], `timeline row "${start}" ends on its own page`).toContain(ending);
  }
}

async function reportTimelineRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('drill-report-timeline')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent.trim()),
      ),
    );
}

/** The darkest channel of a page's top-left corner (in the margin), 0-255, via Poppler. */
function cornerShade(path: string, pageNumber: number): number {
  const ppm = execFileSync('pdftoppm', [
    ...['-r', '10', '-f', String(pageNumber), '-l', String(pageNumber)],
    ...['-x', '0', '-y', '0', '-W', '3', '-H', '3', '-singlefile', path],
  ]);
  // A binary PPM: "P6\n3 3\n255\n", then one RGB triple per pixel.
  const pixels = ppm.subarray(ppm.length - 27);
  return Math.min(...pixels);
}

test.beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
});

test('a reviewed demo drill prints on A4 and Letter with everything its screen shows', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const { drill, teamName, actionItems } = await pickDemoDrill(page);
  const screen = await readDrillScreen(page, drill.id);

  const a4 = await printReport(page, route(drill.id, 'a4'), `${PDF_DIR}/demo-a4.pdf`);
  const generated = (await page.locator('.report-generated').textContent()) ?? '';
  const rows = await reportTimelineRows(page);
  const again = await printReport(page, route(drill.id, 'a4'), `${PDF_DIR}/demo-a4-again.pdf`);
  const letter = await printReport(page, route(drill.id, 'letter'), `${PDF_DIR}/demo-letter.pdf`);

  expect(a4.pageSize).toContain('(A4)');
  expect(letter.pageSize).toMatch(/^612 x 792 pts/u);
  expect(a4.pages.length).toBeGreaterThanOrEqual(2);
  expect(a4.pages.length).toBeLessThanOrEqual(6);
  expect(letter.pages.length).toBeLessThanOrEqual(6);
  expect(again.pages.length).toBe(a4.pages.length);
  expect(again.text).toBe(a4.text);
  expect(a4.imageCount).toBe(0);
  expect(a4.fileName).toMatch(/^mttr-drill-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/u);

  const { text } = a4;
  expect(generated).toMatch(/^Generated \d{1,2} [A-Z][a-z]{2} \d{4}$/u);
  expect(text).toContain(generated);
  expect(text).toContain(`Page 1 of ${a4.pages.length}`);
  expect(text).toContain(`Page ${a4.pages.length} of ${a4.pages.length}`);
  for (const expected of [
    teamName,
    drill.title,
    drill.scenarioName,
    drill.hypothesis,
    drill.roles.facilitator,
    drill.roles.incidentCommander,
    drill.roles.scribe,
    ...drill.roles.responders,
    drill.review?.wentWell ?? '',
    drill.review?.wentBadly ?? '',
    ...actionItems,
  ]) {
    expect(text).toContain(collapse(expected));
  }
  for (const label of ['Fault injected', 'Detected', 'Recovered', 'Closed']) {
    expect(text).toContain(label);
  }
  // Every mark on the screen's timeline is in the report's timeline.
  const marks = screen.timeline.filter((line) => MARK_LINE.test(line));
  expect(marks.length).toBeGreaterThanOrEqual(6);
  for (const mark of marks) {
    const label = mark.replace(' (undone)', '');
    expect(rows.some((row) => row[2] === 'Mark' && row[3]?.startsWith(label))).toBe(true);
  }
  // The phases as the drill screen shows them, row by row.
  const printedPhases = collapse(text);
  for (const [phase = '', duration = '', target = ''] of screen.phases) {
    expect(printedPhases).toContain(`${phase} ${duration} ${target}`);
  }
  expect(screen.measures).toHaveLength(11);
  for (const measure of screen.measures) expect(text).toContain(measure);
  expect(text).toContain('Time to recover');
  expect(text).toContain('From detection to the service being verified healthy');
  expectWholeRows(a4, rows);
});

test('a drill run here with a skipped phase and a correction reports both', async ({ page }) => {
  const { drillId, run } = await startDemoDrill(page, 'Report drill');
  const moved = await run.correctMark('start', -120, 'Injected before the stopwatch');
  await run.markNext('Detected');
  await run.skipPhase('Acknowledged');
  for (const label of ['Diagnosed', 'Mitigated', 'Recovered']) await run.markNext(label);
  await run.close(drillId);

  const screen = await readDrillScreen(page, drillId);
  expect(screen.phases[1]).toEqual(['Acknowledge', 'skipped', expect.any(String)]);
  expect(screen.phases[2]?.[0]).toBe('Acknowledge + Diagnose (Acknowledged was skipped)');
  // Every second is attributed: the parts the page shows add up to its total.
  const parts = (await page.getByTestId('run-parts').textContent()) ?? '';
  const sum =
    /counted once: ([\d:]+) in phases \(a span merged by a skip counted once\) \+ ([\d:]+) paused = ([\d:]+) from the fault's injection to the close\.$/u.exec(
      parts,
    );
  const seconds = (clock = '') =>
    clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  expect(sum).not.toBeNull();
  expect(seconds(sum?.[1]) + seconds(sum?.[2])).toBe(seconds(sum?.[3]));
  await expect(page.getByTestId('run-total')).toHaveText(sum?.[3] ?? '');
  await page.getByRole('link', { name: 'Open the report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/reports/drill/${drillId}\\?paper=`));
  await waitForReport(page);
  const printed = await printReport(page, route(drillId, 'a4'), `${PDF_DIR}/run-a4.pdf`);
  const { text } = printed;
  expect(text).toContain('Acknowledge phase skipped (no Acknowledged mark)');
  // Offsets count from the corrected start, so the original start now reads as +2:00.
  expect(text).toContain(
    `Fault injected moved from +2:00 (${moved.from}) to +0:00 (${moved.to}). Reason: Injected before the stopwatch`,
  );
  expect(text).toContain(
    `Fault injected (superseded: replaced by the correction to +0:00 (${moved.to}))`,
  );
  for (const [phase = '', duration = '', target = ''] of screen.phases) {
    expect(text).toContain(`${phase} ${duration} ${target}`);
  }
  expect(text).toContain('Acknowledge skipped');
  expect(text).toContain('No review has been written for this drill yet.');
  expect(text).toContain('Ana Facilitator');
  expect(printed.imageCount).toBe(0);
  expectWholeRows(printed, await reportTimelineRows(page));
});

test('"Export PDF report…" opens the report and prints it once it is ready', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () => {
      calls.push(document.documentElement.getAttribute('data-report-state') ?? 'none');
    };
  });
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const { drill } = await pickDemoDrill(page);
  await page.goto(`./#/drills/${drill.id}`);
  await page.getByRole('button', { name: 'Export PDF report…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/reports/drill/${drill.id}\\?paper=`));
  await waitForReport(page);
  const calls = () =>
    page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
  await expect.poll(calls).toEqual(['ready']);
  // The flag is gone, so going back and forth or reloading does not print again.
  await expect(page).not.toHaveURL(/print=1/u);
  await page.getByRole('link', { name: '← Back to the drill' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(drill.title);
  await page.goBack();
  await waitForReport(page);
  expect(await calls()).toEqual(['ready']);
});

test('a planned drill reports its plan, and an unknown one says it is gone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const planned = ((await dumpDatabase(page)).drills as StoredDrill[])
    .filter((d) => d.status === 'planned')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (planned === undefined) throw new Error('The demo data has no planned drill');
  const printed = await printReport(page, route(planned.id, 'a4'), `${PDF_DIR}/planned-a4.pdf`);
  expect(printed.text).toContain('This drill has not run yet.');
  expect(printed.text).toContain(planned.hypothesis);
  expect(printed.fileName).toMatch(new RegExp(`-${planned.plannedFor}\\.pdf$`, 'u'));

  await page.goto(`./#${route('no-such-drill', 'a4')}`);
  await expect(page.locator('html')).toHaveAttribute('data-report-state', 'error');
  await expect(page.locator('html')).toHaveAttribute(
    'data-report-error',
    'This drill no longer exists.',
  );
  await expect(page.locator('.report-error')).toHaveText('This drill no longer exists.');
  await expect(page.locator('.report-error')).toHaveAttribute('role', 'alert');
  await expect(page.getByRole('link', { name: '← Back to drills' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the drill report has one title, passes axe and is photographed', async ({ page }) => {
      const app = new AppPage(page);
      await app.open();
      await app.loadDemoData();
      const { drill } = await pickDemoDrill(page);
      await page.goto(`./#${route(drill.id, 'a4')}`);
      // A fresh page: the "demo data loaded" toast would cover the document in the screenshot.
      await page.reload();
      await waitForReport(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/report-drill-${colorScheme}.png`,
        fullPage: true,
      });
      // The app's theme never reaches the paper.
      const printed = await printReport(
        page,
        route(drill.id, 'a4'),
        `${PDF_DIR}/theme-${colorScheme}-a4.pdf`,
      );
      expect(printed.text).toContain('Phases against targets');
      expect(printed.imageCount).toBe(0);
      for (let n = 1; n <= printed.pages.length; n += 1) {
        expect(cornerShade(printed.path, n), `page ${n} is white paper`).toBe(255);
      }
    });
  });
}

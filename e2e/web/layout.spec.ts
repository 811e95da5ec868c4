// Every screen fits the window: at 1024×700 (a small laptop, a projector) and 1280×720, light and
// dark, with the demo data, nothing scrolls sideways and no label is cut. Each screen is checked
// for what the user would see: a page wider than the window, a box that hides part of its text, a
// chart label outside its drawing, a select too narrow for the option it shows.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test';
import { AppPage } from './pages/app-page';

const SCREENSHOT_DIR = 'e2e/screenshots';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 720 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** Where the checks find something cut or too wide; empty when the screen fits. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const text = el.textContent.trim().replace(/\s+/gu, ' ').slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
    };
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth} px`);
    }
    for (const el of document.querySelectorAll('body *')) {
      if (!(el instanceof HTMLElement) || !visible(el)) continue;
      const style = getComputedStyle(el);
      // Screen-reader-only text is clipped on purpose.
      if (style.position === 'absolute' && el.clientWidth <= 1) continue;
      // A box that hides or scrolls what does not fit: its text is cut, or it scrolls sideways.
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} is cut: ${el.scrollWidth} > ${el.clientWidth} px`);
      }
    }
    // A card draws its border around its content: a word wider than the card (a phase name in a
    // column too narrow for it) runs over the border into the next card, and reads as cut.
    for (const card of document.querySelectorAll('[class*="card"]')) {
      if (!(card instanceof HTMLElement) || !visible(card)) continue;
      if (card.scrollWidth > card.clientWidth + 1) {
        problems.push(`${name(card)} overflows: ${card.scrollWidth} > ${card.clientWidth} px`);
      }
    }
    // A select shows its chosen option in the box: the longest option must fit in it.
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll('select')) {
      if (!visible(select) || canvas === null) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        select.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        // The drop-down arrow.
        16;
      for (const option of select.options) {
        const needed = canvas.measureText(option.text).width;
        if (needed > room + 1) {
          problems.push(`option "${option.text}" is cut: ${Math.ceil(needed)} > ${room} px`);
        }
      }
    }
    // A chart's labels lie inside its drawing: outside the viewBox they are cut off.
    for (const svg of document.querySelectorAll('svg')) {
      const box = svg.viewBox.baseVal;
      if (!visible(svg) || box.width === 0) continue;
      const toSvg = svg.getScreenCTM()?.inverse();
      for (const text of svg.querySelectorAll('text')) {
        // The label's box in the drawing's units, turned as it is drawn (an axis title stands up).
        const b = text.getBBox();
        const toDrawing = toSvg?.multiply(text.getScreenCTM() ?? new DOMMatrix());
        const corners = [
          [b.x, b.y],
          [b.x + b.width, b.y],
          [b.x, b.y + b.height],
          [b.x + b.width, b.y + b.height],
        ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(toDrawing));
        const xs = corners.map((c) => c.x);
        const ys = corners.map((c) => c.y);
        if (
          Math.min(...xs) < box.x - 0.5 ||
          Math.min(...ys) < box.y - 0.5 ||
          Math.max(...xs) > box.x + box.width + 0.5 ||
          Math.max(...ys) > box.y + box.height + 0.5
        ) {
          problems.push(`chart label "${text.textContent}" lies outside its drawing`);
        }
      }
    }
    return problems;
  });
}

/** Checks the screen at every size and theme, and keeps a screenshot of each. */
async function expectFits(page: Page, screen: string): Promise<void> {
  for (const size of SIZES) {
    for (const colorScheme of SCHEMES) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme });
      // A resize lays the page out again on the next frame.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const at = `${size.width}x${size.height}-${colorScheme}`;
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/layout-${screen}-${at}.png`,
        fullPage: true,
      });
      expect(await layoutProblems(page), `${screen} at ${at}`).toEqual([]);
    }
  }
}

/** The app with the demo data, opened on `path` once its heading shows. */
async function openWithDemo(page: Page, path = '/'): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  await app.open(path);
  return app;
}

/** The id in the first link of the list on `path` whose row contains `rowText`. */
async function firstId(page: Page, path: string, pattern: RegExp, rowText = ''): Promise<string> {
  await new AppPage(page).open(path);
  const link = page.locator('main tr', { hasText: rowText }).locator('a').first();
  const href = (await link.getAttribute('href')) ?? '';
  const id = pattern.exec(href)?.[1];
  if (id === undefined) throw new Error(`No link like ${pattern} on ${path} (${href})`);
  return id;
}

const ASSESSMENT = /#\/assessments\/([^/?]+)$/u;
const DRILL = /#\/drills\/([^/?]+)$/u;

const FRAME_SCREENS: readonly (readonly [string, string])[] = [
  ['home', '/'],
  ['teams', '/teams'],
  ['assessments', '/assessments'],
  ['assessment-start', '/assessments/new'],
  ['assessment-targets', '/assessments/targets'],
  ['assessment-compare', '/assessments/compare'],
  ['drills', '/drills'],
  ['drill-plan', '/drills/new'],
  ['scenarios', '/drills/scenarios'],
  ['scenario-new', '/drills/scenarios/new'],
  ['trends', '/trends'],
  ['reports', '/reports'],
  ['settings', '/settings'],
];

test.describe('every screen fits 1024×700 and 1280×720, light and dark', () => {
  for (const [screen, path] of FRAME_SCREENS) {
    test(screen, async ({ page }) => {
      await openWithDemo(page, path);
      await expectFits(page, screen);
    });
  }

  test('an assessment: result, answers, reconciliation and report', async ({ page }) => {
    const app = await openWithDemo(page);
    const id = await firstId(page, '/assessments', ASSESSMENT);
    await app.open(`/assessments/${id}`);
    await expect(page.getByRole('heading', { name: 'Result' })).toBeVisible();
    await expectFits(page, 'assessment-result');
    await app.open(`/assessments/${id}/answer/agreed/process`);
    await expectFits(page, 'assessment-answers');
    await app.open(`/assessments/${id}/reconcile`);
    await expectFits(page, 'assessment-reconcile');
    await page.goto(`./#/reports/assessment/${id}`);
    await expect(page.locator('.report-generated')).toBeVisible();
    await expectFits(page, 'report-assessment');
  });

  test('a completed drill: detail, review, presenter view and report', async ({ page }) => {
    const app = await openWithDemo(page);
    const id = await firstId(page, '/drills', DRILL, 'Completed');
    await app.open(`/drills/${id}`);
    await expectFits(page, 'drill-detail');
    await app.open(`/drills/${id}/review`);
    await expectFits(page, 'drill-review');
    await page.goto(`./#/drills/${id}/present`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFits(page, 'drill-presenter');
    await page.goto(`./#/reports/drill/${id}`);
    await expect(page.locator('.report-generated')).toBeVisible();
    await expectFits(page, 'report-drill');
  });

  test('a planned drill: its plan and the run screen', async ({ page }) => {
    const app = await openWithDemo(page);
    const id = await firstId(page, '/drills', DRILL, 'Planned');
    await app.open(`/drills/${id}/edit`);
    await expectFits(page, 'drill-edit');
    await app.open(`/drills/${id}/run`);
    await expectFits(page, 'drill-run');
  });

  test('a scenario being edited', async ({ page }) => {
    const app = await openWithDemo(page, '/drills/scenarios');
    await page.locator('main').getByRole('button', { name: /^Edit/u }).first().click();
    await expect(page.getByRole('textbox').first()).toBeVisible();
    await expect(app.heading()).toBeVisible();
    await expectFits(page, 'scenario-edit');
  });

  test('the trend report', async ({ page }) => {
    const app = await openWithDemo(page);
    const teamId = await app.teamSwitcher().inputValue();
    await page.goto(`./#/reports/trend/${teamId}`);
    await expect(page.locator('.report-generated')).toBeVisible();
    await expectFits(page, 'report-trend');
  });
});

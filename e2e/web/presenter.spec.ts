import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { AppPage } from './pages/app-page';
import { startDemoDrill } from './pages/drill-run-page';

test('every run key works in the presenter view, with the run screen’s dialogs', async ({
  page,
}) => {
  const { drillId, run } = await startDemoDrill(page, 'Presenter keys drill');
  const app = new AppPage(page);
  await page.keyboard.press('f');
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}/present$`));
  // The big clock is the running phase's, named above it.
  const phase = page.locator('.presenter-hero-title');
  const hero = page.getByTestId('presenter-hero');
  const phases = page.locator('.presenter-phases');
  await expect(phase).toHaveText('Detect');

  // S skips the running phase.
  await page.keyboard.press('s');
  await expect(phases.getByRole('listitem').first()).toContainText('skipped');
  await expect(phase).toHaveText('Acknowledge');

  // P opens the pause dialog; Escape closes the dialog, not the presenter view.
  await page.keyboard.press('p');
  const pause = page.getByRole('dialog', { name: 'Pause the drill' });
  await expect(pause.getByLabel('Reason')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(pause).toBeHidden();
  await expect(page).toHaveURL(/\/present$/);
  await page.keyboard.press('p');
  await page.keyboard.type('Waiting for the database team');
  await page.keyboard.press('Enter');
  await expect(pause).toBeHidden();
  await expect(hero).toContainText('Paused: Waiting for the database team');

  // A key the paused run refuses says why, here too.
  await page.keyboard.press('n');
  await app.expectToast('The drill is paused. Resume it before recording a mark.');

  // P resumes, O adds a note.
  await page.keyboard.press('p');
  await expect(hero).not.toContainText('Paused');
  await expect(phase).toHaveText('Acknowledge');
  await page.keyboard.press('o');
  const note = page.getByRole('dialog', { name: 'Add a note' });
  await expect(note.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Projector shows the skipped phase.');
  await note.getByRole('button', { name: 'Save note' }).click();
  await expect(note).toBeHidden();

  // F leaves, as Escape does; the run log has everything.
  await page.keyboard.press('f');
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}/run$`));
  await expect(run.timeline()).toContainText('Projector shows the skipped phase.');
  await expect(run.timeline()).toContainText('Paused: Waiting for the database team');
  await expect(run.status()).toHaveText('Running');
});

test('a key the presenter does not use says so, and V shows or hides the drill’s injects', async ({
  page,
}) => {
  // The demo scenario's injects are copied into the drill when it is planned.
  await startDemoDrill(page, 'Presenter unknown keys drill');
  await page.keyboard.press('f');
  await expect(page.locator('.presenter-hero-title')).toHaveText('Detect');
  const notice = page.getByTestId('run-notice');
  await page.keyboard.press('q');
  await expect(notice).toContainText('Q does nothing here. Keys: I start: inject the fault');
  const injects = page.getByTestId('presenter-injects');
  await expect(injects).toBeVisible();
  await page.keyboard.press('v');
  await expect(notice).toHaveText('Injects hidden.');
  await expect(injects).toBeHidden();
  await page.keyboard.press('v');
  await expect(notice).toHaveText('Injects shown.');
  await expect(injects).toBeVisible();
});

test('a presenter window the browser will not close turns into the run screen on Escape', async ({
  page,
}) => {
  const { drillId, run } = await startDemoDrill(page, 'Presenter bookmark drill');
  // Opened by hand (a bookmark), not by the app: the browser refuses window.close().
  await page.goto(`./#/drills/${drillId}/present?window=own`);
  await expect(page.getByRole('button', { name: /Close presenter window/u })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}/run$`));
  await expect(run.status()).toHaveText('Running');
});

test('the presenter opens as a second window and follows the run screen within a second', async ({
  page,
}) => {
  const { run } = await startDemoDrill(page, 'Presenter window drill');
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Presenter window' }).click();
  const presenter = await opened;
  await presenter.setViewportSize({ width: 1280, height: 720 });
  const title = presenter.locator('.presenter-hero-title');
  const standing = presenter.getByTestId('presenter-standing');
  await expect(title).toHaveText('Detect');
  await expect(standing).toContainText('left of the 3:00 target');

  // The fault went in 20 minutes earlier than first marked: Detect (3 min) is far over target,
  // which the room reads in words, not only in red.
  await run.correctMark('start', -20 * 60, 'Injected before the stopwatch');
  await expect(standing).toContainText(/^⚠Over target by 1[67]:\d\d$/u, { timeout: 1000 });
  await expect(presenter.getByTestId('presenter-hero')).toHaveClass(/tone-over/u);

  await expectNoSeriousA11yViolations(presenter);
  for (const colorScheme of ['light', 'dark'] as const) {
    await presenter.emulateMedia({ colorScheme });
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await presenter.setViewportSize(size);
      await presenter.screenshot({
        path: `e2e/screenshots/presenter-window-${size.width}x${size.height}-${colorScheme}.png`,
      });
    }
  }
  await expectNoSeriousA11yViolations(presenter);

  // A mark made on the run screen reaches the presenter's window within a second.
  await run.markNext('Detected');
  await expect(title).toHaveText('Acknowledge', { timeout: 1000 });
  await expect(presenter.locator('.presenter-phases li').first()).toContainText('Over target');

  // Escape closes the presenter's own window; the run screen stays as it was.
  // (The key's release never arrives: the window is gone by then.)
  await Promise.all([
    presenter.waitForEvent('close'),
    presenter.keyboard.press('Escape').catch(() => undefined),
  ]);
  await expect(run.status()).toHaveText('Running');
});

import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { startDemoDrill } from './pages/drill-run-page';

test('every run key works in the presenter view, with the run screen’s dialogs', async ({
  page,
}) => {
  const { drillId, run } = await startDemoDrill(page, 'Presenter keys drill');
  const app = new AppPage(page);
  await page.keyboard.press('f');
  await expect(page).toHaveURL(new RegExp(`#/drills/${drillId}/present$`));
  const phase = page.locator('.presenter-phase');
  const phases = page.locator('.presenter-phases');
  await expect(phase).toContainText('Now: Detect');

  // S skips the running phase.
  await page.keyboard.press('s');
  await expect(phases.getByRole('listitem').first()).toContainText('skipped');
  await expect(phase).toContainText('Now: Acknowledge');

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
  await expect(phase).toContainText('Paused');

  // A key the paused run refuses says why, here too.
  await page.keyboard.press('n');
  await app.expectToast('The drill is paused. Resume it before recording a mark.');

  // P resumes, O adds a note.
  await page.keyboard.press('p');
  await expect(phase).toContainText('Now: Acknowledge');
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

// A drill run here, paused, with a mark taken back, then aborted mid-phase: its page and its
// report say the same thing about every phase, in words.
import { expect, test } from '../support/test';
import { reportRoute } from '@shared/report-request';
import { printReport } from '../support/pdf';
import { startDemoDrill } from './pages/drill-run-page';

test('an aborted drill reads the same on its page and in its report', async ({ page }) => {
  const { drillId, run } = await startDemoDrill(page, 'Aborted report drill');
  await run.markNext('Detected');
  await run.markNext('Acknowledged');
  await run.undoLastMark('Acknowledged');
  await page.getByRole('button', { name: /^Pause…/u }).click();
  const pause = page.getByRole('dialog', { name: 'Pause the drill' });
  await pause.getByLabel('Reason').fill('Waiting for the on-call lead');
  await pause.getByRole('button', { name: 'Pause' }).click();
  await expect(run.status()).toContainText(/paused/iu);
  await page.getByRole('button', { name: /^Resume/u }).click();
  await page.getByRole('button', { name: 'Abort…' }).click();
  const abort = page.getByRole('dialog', { name: 'Abort the drill' });
  await abort.getByLabel('Reason').fill('Production incident elsewhere');
  await abort.getByRole('button', { name: 'Abort drill' }).click();
  await expect(abort).toBeHidden();

  await page.goto(`./#/drills/${drillId}`);
  const rows = page.getByRole('region', { name: 'Phases against targets' }).locator('tbody tr');
  await expect(rows).toHaveCount(6);
  const screen = await rows.evaluateAll((list) =>
    list.map((row) =>
      Array.from(row.querySelectorAll('th, td'))
        .map((cell) => cell.textContent.trim())
        .join(' '),
    ),
  );
  // The phase the abort cut short is not judged against its target; later ones were not reached.
  expect(screen[0]).toMatch(/^Detect \d+:\d{2} \d+:\d{2} (On target|Up to 20% over|Over target)$/u);
  expect(screen[1]).toMatch(/^Acknowledge \d+:\d{2} \d+:\d{2} Stopped by the abort$/u);
  expect(screen[2]).toMatch(/^Diagnose — \d+:\d{2} Not reached$/u);

  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'drill', drillId }, paper: 'a4' }),
    'test-results/report-drill/aborted-a4.pdf',
  );
  for (const row of screen) expect(printed.text).toContain(row);
  expect(printed.text).toContain('Aborted: Production incident elsewhere');
  expect(printed.text).toContain('Acknowledged taken back');
  expect(printed.text).toContain('Acknowledged (undone)');
  expect(printed.text).toMatch(/Paused for \d+ s: Waiting for the on-call lead/u);
});

// The PDF reports' cost: from opening a report's route to holding the PDF's bytes, as both shells
// make it (the page's ready signal, then Chromium's print engine at the page's own paper size),
// for one team with fifty completed drills and its quarterly assessments:
//   report-assessment-pdf: the team's latest final assessment (its drill evidence covers the
//     fifty drills).
//   report-trend-pdf-50-drills: the team trend report over all time, so every one of the fifty.
// One browser on a seeded profile; every run loads the app afresh (from about:blank), as the
// desktop shell's hidden print window does. One warm-up run per report is not counted.
// Floor: before each run, the same steps for the blank page from the same server (opened from
// about:blank, loaded, printed with the same options) in the same page.
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { readPdf, waitForReport } from '../../e2e/support/pdf';
import { blankPageUrl } from '../lib/blank-page';
import { reportRoute, type ReportRequest } from '@shared/report-request';
import { fiftyDrillTeam, type ReportsFixture } from '../lib/reports-fixture';
import { seededProfile } from '../lib/seeded-profile';
import type { BenchContext, Measurement, MetricSuite } from '../lib/types';

const NOW = Date.UTC(2026, 5, 1);

interface ReportCase {
  readonly name: string;
  readonly request: ReportRequest;
  /** What the PDF must say, so a fast but empty or wrong report cannot pass. */
  readonly mustSay: readonly string[];
}

function cases(fixture: ReportsFixture): readonly ReportCase[] {
  return [
    {
      name: 'report-assessment-pdf',
      request: { target: { kind: 'assessment', assessmentId: fixture.assessmentId }, paper: 'a4' },
      mustSay: [fixture.teamName, 'Drill evidence'],
    },
    {
      name: 'report-trend-pdf-50-drills',
      request: {
        target: { kind: 'trend', teamId: fixture.teamId, period: 'all' },
        paper: 'a4',
      },
      mustSay: [fixture.teamName, `${String(fixture.drills)} completed drills measured`],
    },
  ];
}

/** From a fresh load of `url` until the PDF's bytes are here; `ready` waits for the page. */
async function timeToPdf(
  page: Page,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<[number, Buffer]> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(url);
  await ready(page);
  // The options main gives webContents.printToPDF and the e2e tests give page.pdf.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  const ms = performance.now() - started;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF.');
  return [Math.round(ms), pdf];
}

/** One run of a report: its route opened until its PDF is printed. */
const reportPdf = (page: Page, baseUrl: string, route: string) =>
  timeToPdf(page, `${baseUrl}#${route}`, waitForReport);

/** The floor: the blank page, loaded (`goto` waits for its load event) and printed. */
const blankPdf = (page: Page, baseUrl: string) =>
  timeToPdf(page, blankPageUrl(baseUrl), () => Promise.resolve());

/**
 * Reads the warm-up run's PDF back and checks it is the report asked for. BENCH_KEEP_PDFS=<folder>
 * keeps it there, to look at what was measured.
 */
function checkPdf(report: ReportCase, pdf: Buffer): void {
  const keep = process.env.BENCH_KEEP_PDFS;
  if (keep !== undefined && keep !== '') writeFileSync(join(keep, `${report.name}.pdf`), pdf);
  const dir = mkdtempSync(join(tmpdir(), 'mttr-bench-pdf-'));
  try {
    const path = join(dir, `${report.name}.pdf`);
    writeFileSync(path, pdf);
    const { text } = readPdf(path);
    const missing = report.mustSay.filter((expected) => !text.includes(expected));
    if (missing.length > 0) {
      throw new Error(`${report.name}: the PDF does not say ${missing.join(', ')}.`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(
  page: Page,
  context: BenchContext,
  report: ReportCase,
): Promise<Measurement> {
  const route = reportRoute(report.request);
  const [, warmUp] = await reportPdf(page, context.baseUrl, route);
  checkPdf(report, warmUp);
  await blankPdf(page, context.baseUrl);
  const samples: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    floor.push((await blankPdf(page, context.baseUrl))[0]);
    samples.push((await reportPdf(page, context.baseUrl, route))[0]);
  }
  return { name: report.name, unit: 'ms', samples, floor };
}

export const reports: MetricSuite = async (context) => {
  const fixture = fiftyDrillTeam(NOW);
  const profile = await seededProfile(context, fixture.stores, 'mttr-bench-reports-');
  const measurements: Measurement[] = [];
  try {
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: context.chromiumPath,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      for (const report of cases(fixture)) measurements.push(await measure(page, context, report));
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return measurements;
};

// The PDF reports' cost: from opening a report's route to holding the PDF's bytes, as both shells
// make it (the page's ready signal, then Chromium's print engine at the page's own paper size),
// for one team with fifty completed drills and its quarterly assessments:
//   report-assessment-pdf: the team's latest final assessment (its drill evidence covers the
//     fifty drills).
//   report-trend-pdf-50-drills: the team trend report over all time, so every one of the fifty.
// One browser on a seeded profile; every run loads the app afresh (from about:blank), as the
// desktop shell's hidden print window does. One warm-up run per report is not counted.
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/support/chromium';
import { readPdf, waitForReport } from '../../e2e/support/pdf';
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

/** One run: a fresh load of the app on the report's route, until the PDF's bytes are here. */
async function timeToPdf(page: Page, baseUrl: string, route: string): Promise<[number, Buffer]> {
  await page.goto('about:blank');
  const started = performance.now();
  await page.goto(`${baseUrl}#${route}`);
  await waitForReport(page);
  // The options main gives webContents.printToPDF and the e2e tests give page.pdf.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
  const ms = performance.now() - started;
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('Not a PDF.');
  return [Math.round(ms), pdf];
}

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

async function measure(page: Page, context: BenchContext, report: ReportCase): Promise<number[]> {
  const route = reportRoute(report.request);
  const [, warmUp] = await timeToPdf(page, context.baseUrl, route);
  checkPdf(report, warmUp);
  const samples: number[] = [];
  for (let run = 0; run < context.runs; run++) {
    const [ms] = await timeToPdf(page, context.baseUrl, route);
    samples.push(ms);
  }
  return samples;
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
      for (const report of cases(fixture)) {
        const samples = await measure(page, context, report);
        measurements.push({ name: report.name, unit: 'ms', samples });
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return measurements;
};

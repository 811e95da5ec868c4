// Reports of records at the limits the app allows: the longest evidence on every criterion, a drill
// with a long timeline of long notes. Nothing may be cut: every row prints whole, and a row too tall
// for one page continues on the next with all of its words.
import { mkdirSync } from 'node:fs';
import { expect, test } from '../support/test';
import { reportRoute } from '@shared/report-request';
import { drillEventsOf, dumpDatabase, putRecords } from '../support/database';
import { printReport } from '../support/pdf';
import { AppPage } from './pages/app-page';
import { AssessmentsPage } from './pages/assessments-page';

const PDF_DIR = 'test-results/report-long-content';

type StoredRecord = Record<string, unknown> & { readonly id: string };

/** Words that read as prose and wrap like it; `n` tells one text from another. */
function prose(n: number, length: number): string {
  const words = `Evidence ${n}: the team showed the dashboard, the runbook and the review notes for this criterion, and every claim was checked against the incident tracker.`;
  let text = '';
  while (text.length + words.length + 1 <= length) text += `${text === '' ? '' : ' '}${words}`;
  return `${text} End ${n}.`;
}

test.beforeAll(() => {
  mkdirSync(PDF_DIR, { recursive: true });
});

test('an assessment with long evidence on every criterion prints every word', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const id = await new AssessmentsPage(page).newestAssessmentId();
  const answers = ((await dumpDatabase(page)).answers as StoredRecord[]).filter(
    (a) => a.assessmentId === id && a.raterId === 'agreed',
  );
  const links = Array.from(
    { length: 10 },
    (_, i) => `https://wiki.example.com/operations/recovery/evidence-${i}/a-rather-long-page-name`,
  );
  const long = answers.map((answer, index) => ({
    ...answer,
    evidence: {
      ...(answer.evidence as object),
      // The longest text the app accepts on the first criterion, long texts everywhere else.
      text: prose(index, index === 0 ? 4000 : 1200),
      links: index === 0 ? links : links.slice(0, 2),
      drillIds: [],
    },
  }));
  await putRecords(page, 'answers', long);
  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'assessment', assessmentId: id }, paper: 'a4' }),
    `${PDF_DIR}/assessment-a4.pdf`,
  );
  const all = printed.pages.join(' ').replace(/\s+/gu, ' ').replace(/- /gu, '-');
  for (let n = 0; n < long.length; n += 1) expect(all).toContain(`End ${n}.`);
  expect(printed.pages.length).toBeGreaterThan(8);
});

type StoredEvent = StoredRecord & {
  readonly drillId: string;
  readonly teamId: string;
  readonly seq: number;
  at: number;
};

/** ~150 events: the drill's own, with notes (some of the longest allowed) and side events between. */
function longTimeline(events: readonly StoredEvent[]): StoredEvent[] {
  const own = [...events].sort((a, b) => a.seq - b.seq);
  const first = own[0];
  const last = own.at(-1);
  if (first === undefined || last === undefined) throw new Error('The drill has no events');
  const kinds = ['observation', 'decision', 'hypothesis', 'action'] as const;
  const added: StoredEvent[] = Array.from({ length: 140 }, (_, i) => {
    const at = first.at + Math.round(((i + 0.5) * (last.at - first.at)) / 140);
    const base = { id: `long-${i}`, drillId: first.drillId, teamId: first.teamId, seq: 0, at };
    return i % 7 === 3
      ? { ...base, recordedAt: at, kind: 'side', side: 'escalation', detail: `Escalated ${i}` }
      : {
          ...base,
          recordedAt: at,
          kind: 'note',
          noteKind: kinds[i % 4] ?? 'observation',
          text: prose(i, i % 10 === 0 ? 990 : 160),
        };
  });
  return [...own, ...added]
    .sort((a, b) => a.at - b.at || a.seq - b.seq)
    .map((event, index) => ({ ...event, seq: index }));
}

test('a drill with a long timeline of long notes prints every row whole', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.loadDemoData();
  const dump = await dumpDatabase(page);
  const drill = (dump.drills as (StoredRecord & { status: string })[])
    .filter((d) => d.status === 'completed')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (drill === undefined) throw new Error('The demo data has no completed drill');
  const events = (drillEventsOf(dump) as StoredEvent[]).filter((e) => e.drillId === drill.id);
  const timeline = longTimeline(events);
  // The drill's run, one record, replaced by the long one.
  await putRecords(page, 'drillRuns', [
    { drillId: drill.id, teamId: timeline[0]?.teamId, events: timeline },
  ]);
  const printed = await printReport(
    page,
    reportRoute({ target: { kind: 'drill', drillId: drill.id }, paper: 'a4' }),
    `${PDF_DIR}/drill-a4.pdf`,
  );
  const pages = printed.pages.map((p) => p.replace(/\s+/gu, ' ').replace(/- /gu, '-'));
  for (let n = 0; n < 140; n += 1) {
    if (n % 7 === 3) continue;
    // A note's first and last words print on the same page: the row was not cut.
    const at = pages.findIndex((p) => p.includes(`Evidence ${n}:`));
    expect(at, `note ${n} is printed`).toBeGreaterThanOrEqual(0);
    expect(pages[at], `note ${n} ends on its own page`).toContain(`End ${n}.`);
  }
});

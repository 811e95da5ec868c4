// The Trends screen's two costs:
//   trends-series-10k-drills: computing every Trends series (measuring each drill once, then every
//     view and the two-period comparison) for 10,000 drills and 1,000 final assessments, in Node:
//     pure computation, the same code the screen runs.
//   trends-time-to-interactive-10x-demo: the screen's time to interactive in the web shell with ten
//     times the demo data, every team in scope and all time: a new browser on a profile seeded with
//     raw IndexedDB writes, from navigation start to the screen's `mttr:trends-interactive` mark.
// Floors: for the series, one pass over the same records in the same process (each drill's events
// read once and a field summed, each assessment's answers counted); for the screen, the cold-start
// floor (a cold visit of a blank page from the same server), taken before each run.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUILT_IN_SCENARIOS } from '../../renderer/src/domain/drills/builtin-scenarios';
import type { DemoDataset } from '../../renderer/src/domain/demo/dataset';
import { generateDemoData } from '../../renderer/src/domain/demo/generate-demo';
import { agreedAnswers, type PlainAnswer } from '../../renderer/src/domain/maturity/answers';
import { computeTrends } from '../../renderer/src/domain/trends/compute';
import { NO_FILTERS } from '../../renderer/src/domain/trends/filters';
import { prepareDrills, type TrendsSource } from '../../renderer/src/domain/trends/prepare';
import { appScreen, coldVisitsWithFloor } from '../lib/cold-visit';
import { seededProfile } from '../lib/seeded-profile';
import type { MetricSuite } from '../lib/types';

const DRILLS = 10_000;
const ASSESSMENTS = 1_000;
const NOW = Date.UTC(2026, 5, 1);

/** Demo data sets with seeds 1, 2, 3…: each has its own ids, so they add up without clashing. */
function demoCopies(until: (sets: DemoDataset[]) => boolean): DemoDataset[] {
  const sets: DemoDataset[] = [];
  for (let seed = 1; !until(sets); seed++) sets.push(generateDemoData({ seed, now: NOW }));
  return sets;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list === undefined) groups.set(key(row), [row]);
    else list.push(row);
  }
  return groups;
}

function largeSource(): TrendsSource {
  const sets = demoCopies((s) => s.reduce((sum, d) => sum + d.drills.length, 0) >= DRILLS);
  const drills = sets.flatMap((d) => d.drills).slice(0, DRILLS);
  const assessments = sets.flatMap((d) => d.assessments).slice(0, ASSESSMENTS);
  const answers = groupBy(
    sets.flatMap((d) => d.answers),
    (a) => a.assessmentId,
  );
  return {
    teams: sets.flatMap((d) => d.teams),
    services: sets.flatMap((d) => d.services),
    drills,
    eventsByDrill: groupBy(
      sets.flatMap((d) => d.drillEvents),
      (e) => e.drillId,
    ),
    // Every assessment counts as final here: the benchmark scores all 1,000.
    assessments: assessments.map((a) => ({ ...a, status: 'final' as const })),
    answersByAssessment: new Map<string, readonly PlainAnswer[]>(
      assessments.map((a) => [a.id, agreedAnswers(answers.get(a.id) ?? [])]),
    ),
    scenarioNames: new Map(BUILT_IN_SCENARIOS.map((s) => [s.id, s.name])),
  };
}

function everySeries(source: TrendsSource): void {
  const prepared = prepareDrills(source, { now: NOW, timeZoneOffsetMinutes: 0 });
  const view = computeTrends(source, prepared, {
    filters: NO_FILTERS,
    groupBy: 'team',
    today: '2026-06-01',
  });
  if (view.completed === 0 || view.maturity.assessments !== ASSESSMENTS) {
    throw new Error('The Trends series came out empty.');
  }
}

/** The series' floor: every record the series read, read once, with the least work on each. */
function onePass(source: TrendsSource): void {
  let sum = 0;
  let answered = 0;
  for (const drill of source.drills) {
    for (const event of source.eventsByDrill.get(drill.id) ?? []) sum += event.at;
  }
  for (const assessment of source.assessments) {
    for (const answer of source.answersByAssessment.get(assessment.id) ?? []) {
      if (answer.value !== null) answered++;
    }
  }
  if (sum === 0 || answered === 0) throw new Error('The one pass over the records read nothing.');
}

/** Milliseconds of `work`, to 0.01 ms: the floor is about a millisecond. */
function timed(work: () => void): number {
  const start = performance.now();
  work();
  return Math.round((performance.now() - start) * 100) / 100;
}

function seriesSamples(runs: number): { samples: number[]; floor: number[] } {
  const source = largeSource();
  if (source.drills.length !== DRILLS || source.assessments.length !== ASSESSMENTS) {
    throw new Error('The Trends fixture does not hold 10,000 drills and 1,000 assessments.');
  }
  const samples: number[] = [];
  const floor: number[] = [];
  // One warm-up run of each so the JIT has compiled the code the screen runs many times.
  for (let run = -1; run < runs; run++) {
    const pass = timed(() => {
      onePass(source);
    });
    const series = timed(() => {
      everySeries(source);
    });
    if (run >= 0) {
      floor.push(pass);
      samples.push(series);
    }
  }
  return { samples, floor };
}

/** Ten demo data sets, teams renamed apart, ready for raw IndexedDB writes. */
function tenTimesDemo(): Record<string, unknown[]> {
  const sets = demoCopies((s) => s.length === 10);
  const stores: Record<string, unknown[]> = {};
  sets.forEach((set, copy) => {
    for (const [store, rows] of Object.entries(set) as [string, readonly { name?: string }[]][]) {
      const renamed =
        store === 'teams' ? rows.map((t) => ({ ...t, name: `${t.name ?? ''} ${copy + 1}` })) : rows;
      stores[store] = [...(stores[store] ?? []), ...renamed];
    }
  });
  return stores;
}

const TRENDS_SCREEN = appScreen(
  '#/trends?scope=all&period=all',
  'mttr:trends-interactive',
  // The figures must be there, not just the mark: the count line names the drills measured.
  (page: Page) => page.getByText(/completed drills measured/).waitFor(),
);

export const trends: MetricSuite = async (context) => {
  const series = seriesSamples(context.runs);
  const profile = await seededProfile(context, tenTimesDemo(), 'mttr-bench-trends-');
  try {
    const { samples, floor } = await coldVisitsWithFloor(context, profile, TRENDS_SCREEN);
    return [
      { name: 'trends-series-10k-drills', unit: 'ms', ...series },
      { name: 'trends-time-to-interactive-10x-demo', unit: 'ms', samples, floor },
    ];
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

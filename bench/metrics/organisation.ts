// The screens an organisation opens first, with its whole history stored: 200 teams, 10,000 drills
// with their runs (about 100,000 events) and 20,000 incidents (bench/lib/backup-fixture.ts), written
// raw into a new profile. Home (one team's overview), Trends (every team, all time) and the
// portfolio (every team), each from a cold start until its figures are on screen; floor: the same
// cold visit of the blank page. Trends and the portfolio read every team's facts: their memory is
// the page's peak resident memory until they are ready, its floor the blank page's.
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { largeBackup } from '../lib/backup-fixture';
import { appScreen, coldVisitsWithFloor, type WithFloor } from '../lib/cold-visit';
import { NOT_MEASURABLE } from '../lib/renderer-memory';
import { seededProfile } from '../lib/seeded-profile';
import type { Measurement, MetricSuite } from '../lib/types';

const HOME = appScreen('', 'mttr:interactive');

const PORTFOLIO = appScreen('#/portfolio', 'mttr:portfolio-interactive', (page: Page) =>
  page.getByRole('table').first().waitFor(),
);

const TRENDS = appScreen(
  '#/trends?scope=all&period=all',
  'mttr:trends-interactive',
  // The figures must be there, not just the mark: the count line names the drills measured.
  (page: Page) => page.getByText(/completed drills measured/).waitFor(),
);

export const organisation: MetricSuite = async (context) => {
  const now = Date.now();
  const { stores } = JSON.parse(largeBackup(now).text) as { stores: Record<string, unknown[]> };
  const firstTeam = (stores.teams?.[0] as { id: string } | undefined)?.id ?? null;
  // Home opens on the first team, as it would for a user who last worked with it.
  stores.settings = [{ key: 'currentTeamId', value: firstTeam, updatedAt: now }];
  const profile = await seededProfile(context, stores, 'mttr-bench-organisation-');
  try {
    const home = await coldVisitsWithFloor(context, profile, HOME);
    const trends = await coldVisitsWithFloor(context, profile, TRENDS);
    const portfolio = await coldVisitsWithFloor(context, profile, PORTFOLIO);
    const memory = (name: string, peaks: WithFloor | undefined): Measurement[] =>
      peaks === undefined ? [] : [{ name, unit: 'MiB', ...peaks }];
    const peaks = [
      ...memory('trends-peak-memory-organisation', trends.memory),
      ...memory('portfolio-peak-memory-organisation', portfolio.memory),
    ];
    if (peaks.length === 0) console.error(NOT_MEASURABLE);
    const timed = (name: string, { samples, floor }: WithFloor): Measurement => ({
      name,
      unit: 'ms',
      samples,
      floor,
    });
    return [
      timed('home-time-to-interactive-organisation', home),
      timed('trends-time-to-interactive-organisation', trends),
      timed('portfolio-time-to-interactive-organisation', portfolio),
      ...peaks,
    ];
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

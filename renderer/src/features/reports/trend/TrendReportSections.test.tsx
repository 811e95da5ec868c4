import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  buildTrendReport,
  drillDates,
  resolveReportPeriod,
  type TrendReport,
} from '../../../domain/reports/trend-report';
import { prepareDrills, type TrendsSource } from '../../../domain/trends/prepare';
import type { HistogramBin } from '../../../domain/trends/series';
import { FULL, sourceOf, type DrillSpec } from '../../../domain/trends/trends-fixtures';
import { SMALL_SAMPLE_TEXT } from '../../../domain/stats/summary';
import { DistributionSection, NO_RECOVERY_TIME, OverTimeSection } from './OverviewSections';
import { BreakdownSection } from './PhaseSections';

const TODAY = '2025-12-31';

/** The section's HTML without the markers React puts between adjacent texts. */
const render = (element: ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');

/** Team Alpha's report over all time. */
function reportOf(specs: readonly DrillSpec[], extra: Partial<TrendsSource> = {}): TrendReport {
  const source = sourceOf(specs, extra);
  const prepared = prepareDrills(source, { now: Date.UTC(2026, 0, 1), timeZoneOffsetMinutes: 0 });
  const input = { period: 'all', from: null, to: null } as const;
  const period = resolveReportPeriod(input, TODAY, drillDates(prepared, 'team-a'));
  if (!period.ok) throw new Error(period.problem.message);
  const report = buildTrendReport(source, prepared, 'team-a', period.value, TODAY);
  if (report === undefined) throw new Error('No report for team Alpha.');
  return report;
}

const binText = (bin: HistogramBin) => `${bin.x0}–${bin.x1}`;

/** Completed drills whose recovery times (minutes) are the given ones. */
const recoveringIn = (minutes: readonly number[]): DrillSpec[] =>
  minutes.map((value, index) => ({
    id: `d${String(index).padStart(2, '0')}`,
    day: index,
    // Recovery runs from detection to verified: acknowledge + diagnose + mitigate + verify.
    phases: [2, 0.25, value - 0.75, 0.25, 0.25, 1],
  }));

describe('the trend report without a single recovery time', () => {
  // Detection skipped: the drill is completed and measured, but has no recovery time.
  const report = reportOf([{ id: 'd1', day: 3, phases: [null, 3, 10, 5, 4, 6] }]);

  it('says so instead of drawing an empty chart over an empty time axis', () => {
    expect(report.view.completed).toBe(1);
    for (const Section of [OverTimeSection, DistributionSection]) {
      const markup = render(<Section report={report} />);
      expect(markup).toContain(NO_RECOVERY_TIME);
      expect(markup).not.toContain('<svg');
      expect(markup).not.toContain('1970');
    }
  });
});

describe('the distribution', () => {
  it('carries the small-sample warning, as on the Trends screen', () => {
    const markup = render(<DistributionSection report={reportOf(recoveringIn([10, 20, 30]))} />);
    expect(markup).toContain(`${SMALL_SAMPLE_TEXT} (n = 3)`);
  });

  it('lists a few bins across the page and many bins down it, so none runs off the edge', () => {
    const few = render(
      <DistributionSection report={reportOf(recoveringIn([10, 12, 20, 25, 31, 40]))} />,
    );
    expect(few).toContain('rt-across');
    // Twenty drills from 1 to 180 minutes: ten bins of 20 minutes.
    const spread = Array.from({ length: 20 }, (_, i) => 1 + (i * 179) / 19);
    const report = reportOf(recoveringIn(spread));
    expect(report.view.distribution.length).toBeGreaterThan(8);
    const many = render(<DistributionSection report={report} />);
    expect(many).not.toContain('rt-across');
    expect(many).toContain('rt-bins');
    for (const bin of report.view.distribution) {
      expect(many).toContain(`<th scope="row">${binText(bin)}</th>`);
    }
    // Eight bins, but recoveries of days: labels such as "10000–12000" would not fit either.
    const days = Array.from({ length: 50 }, (_, i) => 100 + (i * 15_800) / 49);
    const long = reportOf(recoveringIn(days));
    expect(long.view.distribution.map(binText)).toContain('10000–12000');
    expect(long.view.distribution.length).toBeLessThanOrEqual(8);
    expect(render(<DistributionSection report={long} />)).toContain('rt-bins');
  });
});

describe('the phase breakdown by scenario', () => {
  const scenarios = Array.from({ length: 20 }, (_, i) => `scenario-${String(i).padStart(2, '0')}`);
  const report = reportOf(
    scenarios.map((scenarioId, index) => ({
      id: `d${index}`,
      day: index,
      phases: FULL,
      scenarioId,
      severity: index < 2 ? 'SEV1' : 'SEV2',
    })),
    { scenarioNames: new Map(scenarios.map((id) => [id, `Scenario ${id}`])) },
  );
  const markup = render(<BreakdownSection report={report} />);

  it('lets a long table split (its header repeats) instead of leaving a page empty', () => {
    expect(report.byScenario).toHaveLength(20);
    const scenarioTable = markup.slice(markup.indexOf('By scenario'));
    expect(scenarioTable).not.toContain('report-keep');
    // The short table by severity still moves whole.
    expect(markup.slice(0, markup.indexOf('By scenario'))).toContain('report-keep');
  });

  it('names a few small groups, and points at the ⚠ marks when there are many', () => {
    expect(markup).toContain(`${SMALL_SAMPLE_TEXT}: SEV1 (n = 2).`);
    expect(markup).toContain('the 20 scenarios marked ⚠ under Drills');
    expect(markup).not.toContain('Scenario scenario-07 (n = 1)');
  });
});

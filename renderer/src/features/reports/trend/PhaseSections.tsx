// Which phase dominates recovery (medians by severity and by scenario) and how the same scenario's
// phase times changed run over run. Charts as on the Trends screen, with fixed choices.
import { formatInstantDay } from '../../../domain/dates/format';
import { localZoneOffsetAt } from '../../../platform/reader';
import { formatMinutes } from '../../../domain/dates/durations';
import { PHASE_LABELS } from '../../../domain/words/drills';
import type { TrendReport } from '../../../domain/reports/trend-report';
import { countOf } from '../../../domain/text/plural';
import { RUNS_PER_SCENARIO, type PhaseBreakdownGroup } from '../../../domain/trends/series';
import {
  BREAKDOWN_TITLE,
  BreakdownChart,
  BreakdownDefinition,
} from '../../../components/trend-figures/TrendFigures';
import { SMALL_SAMPLE_TEXT } from '../../../domain/stats/summary';
import { SmallSampleWarning } from '../../../components/trend-figures/SmallSample';
import { ReportSection } from '../ReportFrame';
import { keepClass, ReportTable, type ReportColumn } from './ReportTable';
import { PHASES } from '../../../domain/records/drills';

/** The phases from the fault to verified recovery: closing comes after users are served again. */
const RECOVERY_PHASES = PHASES.filter((phase) => phase !== 'close');

const phaseColumns = (phases: readonly (typeof PHASES)[number][]): ReportColumn[] =>
  phases.map((phase) => ({ label: PHASE_LABELS[phase], numeric: true }));

/** Up to this many small groups are named one by one; more are left to the ⚠ in their rows. */
const NAMED_SMALL_GROUPS = 6;

function BreakdownTable(props: {
  readonly caption: string;
  /** The groups' column heading, and what several of them are called ("severities"). */
  readonly groupLabel: string;
  readonly groupPlural: string;
  readonly groups: readonly PhaseBreakdownGroup[];
}) {
  const { caption, groupLabel, groupPlural, groups } = props;
  const small = groups.filter((group) => group.smallSample);
  const named =
    small.length <= NAMED_SMALL_GROUPS
      ? small.map((group) => `${group.label} (n = ${group.n})`).join(', ')
      : `the ${small.length} ${groupPlural} marked ⚠ under Drills`;
  return (
    // The warning stays with its table; a long table splits (its header repeats) instead of
    // leaving most of a page empty.
    <div className={keepClass(groups.length)}>
      <ReportTable
        className="rt-compact"
        caption={caption}
        columns={[
          { label: groupLabel },
          { label: 'Drills', numeric: true },
          ...phaseColumns(RECOVERY_PHASES),
        ]}
        rows={groups.map((group) => ({
          key: group.key,
          header: group.label,
          cells: [
            `${group.smallSample ? '⚠ ' : ''}${group.n}`,
            ...RECOVERY_PHASES.map((phase) => formatMinutes(group.medians[phase])),
          ],
        }))}
      />
      {small.length > 0 && (
        <p className="trends-warning">
          <span aria-hidden="true">⚠ </span>
          {SMALL_SAMPLE_TEXT}: {named}.
        </p>
      )}
    </div>
  );
}

export function BreakdownSection({ report }: { readonly report: TrendReport }) {
  const { breakdown } = report.view;
  if (breakdown.length === 0) return null;
  return (
    <ReportSection id="rt-breakdown" title={BREAKDOWN_TITLE}>
      <div className="rt-chart rt-bars">
        <BreakdownDefinition more="All figures are in minutes." />
        <h3>By severity</h3>
        <BreakdownChart groups={breakdown} groupLabel="Severity" />
      </div>
      <BreakdownTable
        caption="Median minutes of each phase, by severity"
        groupLabel="Severity"
        groupPlural="severities"
        groups={breakdown}
      />
      <h3>By scenario</h3>
      <BreakdownTable
        caption="Median minutes of each phase, by scenario"
        groupLabel="Scenario"
        groupPlural="scenarios"
        groups={report.byScenario}
      />
    </ReportSection>
  );
}

export function RerunsSection({ report }: { readonly report: TrendReport }) {
  const { runs } = report.view;
  return (
    <ReportSection id="rt-reruns" title="Scenario re-runs">
      <p className="trends-definition">
        Every scenario the team ran more than once in the period, with each run&apos;s phase times
        in order (oldest first, at most the latest {RUNS_PER_SCENARIO}). A dash is a skipped phase.
      </p>
      {runs.length === 0 ? (
        <p>No scenario was run more than once in this period.</p>
      ) : (
        runs.map((scenario) => (
          <div key={scenario.key} className="rt-rerun">
            <h3>{scenario.scenarioName}</h3>
            <p>
              {countOf(scenario.totalRuns, 'completed run', 'completed runs')}
              {scenario.totalRuns > scenario.runs.length
                ? `, the latest ${scenario.runs.length} shown`
                : ''}
              .
            </p>
            <SmallSampleWarning n={scenario.totalRuns} />
            <ReportTable
              className="rt-compact rt-dated"
              caption={`${scenario.scenarioName}: minutes of each phase, run by run`}
              columns={[{ label: 'Run' }, ...phaseColumns(PHASES)]}
              rows={scenario.runs.map((run) => ({
                key: run.drillId,
                header: formatInstantDay(run.at, localZoneOffsetAt),
                cells: PHASES.map((phase) => formatMinutes(run.phases[phase])),
              }))}
            />
          </div>
        ))
      )}
    </ReportSection>
  );
}

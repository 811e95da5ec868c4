// Re-runs of a scenario compared like experiments: each run's phase times, oldest first.
import { formatInstantDay } from '../../domain/dates/format';
import { localZoneOffsetAt } from '../../platform/reader';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import type { TrendsView } from '../../domain/trends/compute';
import { RUNS_PER_SCENARIO } from '../../domain/trends/series';
import { PHASE_SERIES } from '../../components/trend-figures/phase-series';
import { SmallSampleWarning } from '../../components/trend-figures/SmallSample';

export function RerunsSection({
  view,
  allTeams,
}: {
  readonly view: TrendsView;
  readonly allTeams: boolean;
}) {
  return (
    <section className="trends-section" aria-labelledby="trends-reruns">
      <h2 id="trends-reruns">Scenario re-runs</h2>
      <p className="trends-definition">
        Every scenario a team has run more than once, with each run&apos;s phase times in order
        (oldest at the top, at most the latest {RUNS_PER_SCENARIO}). A missing segment is a skipped
        phase, or the phase after a skip (a skip merges the two into one span, which counts as
        neither phase&apos;s time).
      </p>
      {allTeams ? (
        <p className="muted">
          Re-runs compare one team&apos;s runs of the same scenario. Choose the current team under
          Teams above to see them.
        </p>
      ) : view.runs.length === 0 ? (
        <p className="muted">
          No scenario has been run more than once in these filters. Plan the same scenario again
          under Drills to compare runs.
        </p>
      ) : (
        <div className="trends-multiples">
          {view.runs.map((scenario) => (
            <div key={scenario.key} className="trends-multiple">
              <h3>
                {scenario.scenarioName}
                {scenario.teamName === null ? '' : ` · ${scenario.teamName}`}
              </h3>
              <p className="muted">
                {scenario.totalRuns} completed runs
                {scenario.totalRuns > scenario.runs.length
                  ? `, the latest ${scenario.runs.length} shown`
                  : ''}
                .
              </p>
              <SmallSampleWarning n={scenario.totalRuns} />
              <StackedBarChart
                title={`${scenario.scenarioName}${scenario.teamName === null ? '' : ` (${scenario.teamName})`}: phase minutes per run`}
                series={PHASE_SERIES}
                rowLabel="Run"
                compact
                valueLabel="Minutes per phase, stacked"
                rows={scenario.runs.map((run) => ({
                  key: run.drillId,
                  label: formatInstantDay(run.at, localZoneOffsetAt),
                  values: run.phases,
                }))}
              />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

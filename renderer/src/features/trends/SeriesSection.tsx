// Recovery time and every phase as points over time with a rolling median, and the summaries of
// all of them side by side.
import { PerDrillChart } from '../../components/trend-figures/TrendFigures';
import { formatMinutes } from '../../domain/dates/durations';
import { SelectField } from '../../components/SelectField';
import { SMALL_SAMPLE, SMALL_SAMPLE_TEXT } from '../../domain/stats/summary';
import type { TrendsView } from '../../domain/trends/compute';
import { SERIES_MEASURES, type SeriesMeasure } from '../../domain/trends/series';
import { seriesDefinition, seriesLabel } from '../../domain/words/measures';
import { SummaryFigures } from '../../components/trend-figures/SummaryFigures';

interface SeriesSectionProps {
  readonly view: TrendsView;
  readonly measure: SeriesMeasure;
  readonly onMeasure: (measure: string) => void;
}

export function SeriesSection({ view, measure, onMeasure }: SeriesSectionProps) {
  const series = view.series[measure];
  const label = seriesLabel(measure);
  return (
    <section className="trends-section" aria-labelledby="trends-over-time">
      <h2 id="trends-over-time">Over time</h2>
      <SelectField
        label="Measure"
        value={measure}
        onChange={onMeasure}
        options={SERIES_MEASURES.map((m): [string, string] => [m, seriesLabel(m)])}
      />
      <p className="trends-definition">
        <strong>{label}:</strong> {seriesDefinition(measure)}
      </p>
      <SummaryFigures summary={series.summary} label={label} />
      {series.points.length === 0 ? (
        <p className="muted">
          No completed drill in these filters has this measure (the phase was skipped or never
          reached).
        </p>
      ) : (
        <PerDrillChart series={series} title={`${label} per drill, in minutes`} />
      )}
      <MeasuresTable view={view} />
    </section>
  );
}

/** Every measure's summary side by side, each with its reliability in words. */
function MeasuresTable({ view }: { readonly view: TrendsView }) {
  return (
    <>
      <h3>Every measure at once</h3>
      <div className="tc-table-wrap">
        <table className="trends-table">
          <caption className="visually-hidden">
            Median, p90 and mean of each measure, in minutes, with n
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Median (min)</th>
              <th scope="col">p90 (min)</th>
              <th scope="col">Mean (min)</th>
              <th scope="col">n</th>
              <th scope="col">Reliability</th>
            </tr>
          </thead>
          <tbody>
            {SERIES_MEASURES.map((m) => {
              const { summary } = view.series[m];
              return (
                <tr key={m}>
                  <th scope="row">{seriesLabel(m)}</th>
                  <td>{formatMinutes(summary.median)}</td>
                  <td>{formatMinutes(summary.p90)}</td>
                  <td>{formatMinutes(summary.mean)}</td>
                  <td>{summary.n}</td>
                  <td>{summary.n < SMALL_SAMPLE ? SMALL_SAMPLE_TEXT : 'Enough drills'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

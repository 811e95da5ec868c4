import { nice, ticks } from 'd3-array';
import { useId } from 'react';
import { Link } from 'react-router';
import type { IsoDate } from '../../domain/records/common';
import { formatDurationInWords, formatWholeMinutes } from '../../domain/dates/durations';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { SMALL_SAMPLE } from '../../domain/stats/summary';
import { HEADLINE_RULE } from '../../domain/trends/headline';
import { formatIsoDate } from '../../domain/dates/format';
import { countOf } from '../../domain/text/plural';
import { recoveryByQuarter, type QuarterRecovery } from './home-overview';

const QUARTERS = 6;
const WIDTH = 480;
const HEIGHT = 206;
const PLOT = { left: 44, right: 8, top: 12, bottom: 60 } as const;
const MINUTE = 60_000;

/**
 * A linear minutes scale with round tick values, from 0 to a little above the largest median: the
 * same rounding as a d3 linear scale's `nice(4)`, from d3-array, which the app loads at start
 * anyway (d3-scale would bring its number and colour formatting along with Home).
 */
function minutesScale(quarters: readonly QuarterRecovery[], plotHeight: number) {
  const largest = Math.max(5, ...quarters.map((q) => (q.summary.median ?? 0) / MINUTE));
  const [low, high] = nice(0, largest, 4);
  const y = (minutes: number) =>
    PLOT.top + plotHeight - ((minutes - low) / (high - low)) * plotHeight;
  return Object.assign(y, { ticks: (count: number) => ticks(low, high, count) });
}

const medianText = (quarter: QuarterRecovery) =>
  quarter.summary.median === undefined
    ? 'no drills'
    : formatDurationInWords(quarter.summary.median);

/** "2 in the quarter and 3 before it (from 25 Jun 2026)": what a bar stands on. */
const windowText = (quarter: QuarterRecovery) =>
  quarter.earlier === 0
    ? `${countOf(quarter.inQuarter, 'drill', 'drills')} in the quarter`
    : `${quarter.inQuarter} in the quarter and ${quarter.earlier} before it (from ${formatIsoDate(quarter.windowFrom)})`;

/** Median time to recover per quarter for the last six quarters, with n and the small-sample flag. */
export function RecoveryTrendCard(props: {
  readonly drills: readonly EvidenceDrill[];
  readonly today: IsoDate;
}) {
  const id = useId();
  const quarters = recoveryByQuarter(props.drills, props.today, QUARTERS);
  const total = quarters.reduce((sum, quarter) => sum + quarter.summary.n, 0);
  return (
    <section className="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Time to recover, median per quarter</h2>
      <p className="muted">
        From detection to verified recovery, in completed drills of the last {QUARTERS} quarters
        (the latest is still running). {HEADLINE_RULE} A bar on fewer than {SMALL_SAMPLE} drills is
        hatched: its median is not reliable.
      </p>
      {total === 0 ? (
        <p>
          No completed drill in these quarters yet. <Link to="/drills/new">Plan a drill</Link> to
          start measuring.
        </p>
      ) : (
        <>
          <TrendChart quarters={quarters} titleId={`${id}-title`} />
          <TrendTable quarters={quarters} />
          <p>
            <Link to="/trends">More in Trends</Link>
          </p>
        </>
      )}
    </section>
  );
}

function TrendChart({
  quarters,
  titleId,
}: {
  readonly quarters: readonly QuarterRecovery[];
  readonly titleId: string;
}) {
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / quarters.length;
  const y = minutesScale(quarters, plotHeight);
  const summary = quarters
    .map((q) => `${q.label}: ${medianText(q)}, n = ${q.summary.n} (${windowText(q)})`)
    .join('; ');
  return (
    <figure className="home-trend">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        className="home-trend-chart"
      >
        <title id={titleId}>
          Median time to recover per quarter, each over at least {SMALL_SAMPLE} drills where the
          team has run them. {summary}.
        </title>
        <defs>
          <pattern
            id="home-trend-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
          </pattern>
        </defs>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line
              x1={PLOT.left}
              x2={WIDTH - PLOT.right}
              y1={y(tick)}
              y2={y(tick)}
              className="grid"
            />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end" className="tick">
              {tick}
            </text>
          </g>
        ))}
        <text
          transform={`translate(12 ${PLOT.top + plotHeight / 2}) rotate(-90)`}
          textAnchor="middle"
          className="axis-label"
        >
          minutes
        </text>
        {quarters.map((quarter, index) => {
          const x = PLOT.left + index * slot + slot * 0.2;
          const minutes = (quarter.summary.median ?? 0) / MINUTE;
          return (
            <g key={quarter.label}>
              {quarter.summary.median !== undefined && (
                <rect
                  x={x}
                  width={slot * 0.6}
                  y={y(minutes)}
                  height={Math.max(1, y(0) - y(minutes))}
                  className={quarter.summary.smallSample ? 'bar small-sample' : 'bar'}
                />
              )}
              {quarter.summary.median !== undefined && (
                <text x={x + slot * 0.3} y={y(minutes) - 4} textAnchor="middle" className="value">
                  {formatWholeMinutes(minutes)}
                </text>
              )}
              <text
                x={x + slot * 0.3}
                y={HEIGHT - PLOT.bottom + 16}
                textAnchor="middle"
                className="tick"
              >
                {quarter.label}
              </text>
              <text
                x={x + slot * 0.3}
                y={HEIGHT - PLOT.bottom + 32}
                textAnchor="middle"
                className="tick muted-text"
              >
                n = {quarter.summary.n}
              </text>
              {quarter.earlier > 0 && (
                <text
                  x={x + slot * 0.3}
                  y={HEIGHT - PLOT.bottom + 48}
                  textAnchor="middle"
                  className="tick muted-text"
                >
                  {quarter.earlier} earlier
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-item">
          n counts every drill under a bar; “earlier” is how many came from before the quarter.
        </span>
        <span className="legend-item">
          <span className="legend-swatch reliable" aria-hidden="true" /> {SMALL_SAMPLE} or more
          drills
        </span>
        <span className="legend-item">
          <span className="legend-swatch small-sample" aria-hidden="true" /> fewer than{' '}
          {SMALL_SAMPLE}: not reliable
        </span>
      </figcaption>
    </figure>
  );
}

function TrendTable({ quarters }: { readonly quarters: readonly QuarterRecovery[] }) {
  return (
    // A table never gets narrower than its content, so the hidden box that clips it is a div:
    // hidden on the table itself, a long row still widened the page.
    <div className="visually-hidden">
      <table>
        <caption>Median time to recover per quarter</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Median time to recover</th>
            <th scope="col">Drills (n)</th>
            <th scope="col">Reliable</th>
            <th scope="col">Drills under the bar</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter) => (
            <tr key={quarter.label}>
              <th scope="row">{quarter.label}</th>
              <td>{medianText(quarter)}</td>
              <td>{quarter.summary.n}</td>
              <td>
                {quarter.summary.smallSample ? `No, fewer than ${SMALL_SAMPLE} drills` : 'Yes'}
              </td>
              <td>{windowText(quarter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

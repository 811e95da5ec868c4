// Durations over time: one dot per drill and a line for the rolling median, time across and
// minutes up. Dots stay visible under the line so a single slow drill is never hidden by it.
import { extent, max } from 'd3-array';
import { scaleLinear, scaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { BottomAxis, LeftAxis, timeTickFormat, plotArea } from './Axes';
import { formatInstantDay } from '../../domain/dates/format';
import { localZoneOffsetAt } from '../../platform/reader';
import { ChartFrame } from './ChartFrame';
import { formatMinutes } from '../../domain/dates/durations';

export interface TimePoint {
  readonly at: number;
  readonly value: number;
}

interface TimeScatterChartProps {
  readonly title: string;
  readonly points: readonly TimePoint[];
  readonly trend: readonly TimePoint[];
  readonly trendLabel: string;
  readonly pointLabel: string;
}

const WIDTH = 640;
const HEIGHT = 280;
const PLOT = plotArea(WIDTH, HEIGHT);

export function TimeScatterChart({
  title,
  points,
  trend,
  trendLabel,
  pointLabel,
}: TimeScatterChartProps) {
  const [first = 0, last = 0] = extent(points, (p) => p.at);
  // A single day still needs a width to draw on: pad it by half a day each side.
  const x = scaleTime()
    .domain(first === last ? [first - 43_200_000, last + 43_200_000] : [first, last])
    .range([PLOT.left, PLOT.right])
    .nice();
  const timeTicks = x.ticks(6);
  const y = scaleLinear()
    .domain([0, max(points, (p) => p.value) ?? 1])
    .range([PLOT.bottom, PLOT.top])
    .nice();
  const path = line<TimePoint>()
    .x((p) => x(p.at))
    .y((p) => y(p.value))(trend);
  const latest = trend.at(-1);
  const summary = `${title}: ${points.length} drills from ${formatInstantDay(first, localZoneOffsetAt)} to ${formatInstantDay(last, localZoneOffsetAt)}.${
    latest === undefined
      ? ''
      : ` The ${trendLabel.toLowerCase()} ends at ${formatMinutes(latest.value)} minutes.`
  }`;
  return (
    <ChartFrame
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      legend={[
        { key: 'points', label: pointLabel, swatch: 'tc-point', shape: 'dot' },
        { key: 'trend', label: trendLabel, swatch: 'tc-line', shape: 'line' },
      ]}
      // Thousands of dates written out only if the table is opened.
      table={() => ({
        caption: title,
        columns: ['Date', `${pointLabel} (minutes)`, `${trendLabel} (minutes)`],
        rows: points.map((p, i) => [
          formatInstantDay(p.at, localZoneOffsetAt),
          formatMinutes(p.value),
          formatMinutes(trend[i]?.value),
        ]),
      })}
    >
      <LeftAxis scale={y} plot={PLOT} title="Minutes" />
      <BottomAxis
        ticks={timeTicks}
        position={(tick) => x(tick)}
        format={timeTickFormat(timeTicks)}
        plot={PLOT}
        title="Date the drill ran"
      />
      {points.map((p, i) => (
        <circle key={i} className="tc-point" cx={x(p.at)} cy={y(p.value)} r={3.5} />
      ))}
      {path !== null && <path className="tc-line" d={path} />}
    </ChartFrame>
  );
}

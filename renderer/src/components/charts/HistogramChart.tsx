// How recovery times are spread: drills counted in bins of equal width. The shape shows what a
// single average hides, such as a long tail of slow recoveries.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { BottomAxis, LeftAxis, plotArea } from './Axes';
import { ChartFrame } from './ChartFrame';

export interface Bin {
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
}

interface HistogramChartProps {
  readonly title: string;
  readonly bins: readonly Bin[];
  /** The axis title under the bins, with its unit. */
  readonly valueLabel: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const PLOT = plotArea(WIDTH, HEIGHT);

export function HistogramChart({ title, bins, valueLabel }: HistogramChartProps) {
  const low = bins[0]?.x0 ?? 0;
  const high = bins.at(-1)?.x1 ?? 1;
  const x = scaleLinear().domain([low, high]).range([PLOT.left, PLOT.right]);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.count) ?? 1])
    .range([PLOT.bottom, PLOT.top])
    .nice();
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  const fullest = bins.reduce<Bin | undefined>(
    (best, b) => (best === undefined || b.count > best.count ? b : best),
    undefined,
  );
  const summary = `${title}: ${total} drills in ${bins.length} bins from ${low} to ${high} minutes${
    fullest === undefined
      ? ''
      : `; the most drills (${fullest.count}) took ${fullest.x0} to ${fullest.x1} minutes`
  }.`;
  const edges = [low, ...bins.map((b) => b.x1)];
  const every = Math.max(1, Math.ceil(edges.length / 10));
  return (
    <ChartFrame
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      legend={[{ key: 'drills', label: 'Drills in the bin', swatch: 'tc-s0' }]}
      table={{
        caption: title,
        columns: [valueLabel, 'Drills'],
        rows: bins.map((b) => [`${b.x0} to ${b.x1}`, String(b.count)]),
      }}
    >
      <LeftAxis scale={y} plot={PLOT} title="Drills" ticks={4} integers />
      <BottomAxis
        ticks={edges.filter((_, i) => i % every === 0)}
        position={(edge) => x(edge)}
        format={String}
        plot={PLOT}
        title={valueLabel}
      />
      {bins.map((b) => (
        <rect
          key={b.x0}
          className="tc-bar tc-s0"
          x={x(b.x0) + 1}
          width={Math.max(0, x(b.x1) - x(b.x0) - 2)}
          y={y(b.count)}
          height={PLOT.bottom - y(b.count)}
        />
      ))}
    </ChartFrame>
  );
}

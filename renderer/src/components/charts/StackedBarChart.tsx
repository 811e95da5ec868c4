// Horizontal stacked bars: one bar per group (or per run), one segment per series, so the longest
// segment shows at a glance which phase dominates. Missing values draw as nothing, never as 0 in
// the data table.
import { max } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { ChartFrame, clip, type DataTable } from './ChartFrame';
import { formatMinutes } from '../../domain/dates/durations';

export interface StackSeries {
  readonly key: string;
  readonly label: string;
}

export interface StackRow {
  readonly key: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | undefined>>;
  /** Drawn after the label, e.g. "n = 3"; also a column of the data table. */
  readonly note?: string;
}

interface StackedBarChartProps {
  readonly title: string;
  readonly series: readonly StackSeries[];
  readonly rows: readonly StackRow[];
  /** The axis title along the bars, with its unit. */
  readonly valueLabel: string;
  readonly rowLabel: string;
  /** Narrower for small multiples, so their text is not shrunk when they sit side by side. */
  readonly compact?: boolean;
}

const BAR = 26;
const GAP = 10;
const M = { right: 16, top: 8, bottom: 48 };

export function StackedBarChart(props: StackedBarChartProps) {
  const { title, series, rows, valueLabel, rowLabel, compact = false } = props;
  const WIDTH = compact ? 420 : 640;
  const LABEL = compact ? 96 : 190;
  const keys = series.map((s) => s.key);
  const layers = stack<StackRow, string>()
    .keys(keys)
    .value((row, key) => row.values[key] ?? 0)([...rows]);
  const height = M.top + rows.length * (BAR + GAP) + M.bottom;
  const x = scaleLinear()
    .domain([0, max(layers.at(-1) ?? [], (d) => d[1]) ?? 1])
    .range([LABEL, WIDTH - M.right])
    .nice();
  const yOf = (index: number) => M.top + index * (BAR + GAP);
  const axisY = height - M.bottom;
  const totals = rows.map((row) => keys.reduce((sum, key) => sum + (row.values[key] ?? 0), 0));
  const summary = `${title}: ${rows.length} bars. ${rows
    .slice(0, 6)
    .map((row, i) => `${row.label}: ${formatMinutes(totals[i])} minutes in all`)
    .join('; ')}${rows.length > 6 ? '; more in the data table' : ''}.`;
  return (
    <ChartFrame
      summary={summary}
      width={WIDTH}
      height={height}
      legend={series.map((s, i) => ({ key: s.key, label: s.label, swatch: `tc-s${i % 8}` }))}
      table={dataTable(title, rowLabel, series, rows)}
    >
      <ValueAxis
        scale={x}
        top={M.top}
        y={axisY}
        left={LABEL}
        right={WIDTH - M.right}
        title={valueLabel}
      />
      {rows.map((row, index) => (
        <text
          key={row.key}
          className="tc-row-label"
          x={LABEL - 8}
          y={yOf(index) + BAR / 2}
          textAnchor="end"
          dominantBaseline="middle"
        >
          {clip(row.label, compact ? 12 : 24)}
          {row.note !== undefined && <tspan className="tc-tick"> {row.note}</tspan>}
        </text>
      ))}
      {layers.map((layer, seriesIndex) =>
        layer.map((d, index) =>
          d[1] > d[0] ? (
            <rect
              key={`${layer.key}-${index}`}
              className={`tc-bar tc-segment tc-s${seriesIndex % 8}`}
              x={x(d[0])}
              width={x(d[1]) - x(d[0])}
              y={yOf(index)}
              height={BAR}
            />
          ) : null,
        ),
      )}
    </ChartFrame>
  );
}

function dataTable(
  title: string,
  rowLabel: string,
  series: readonly StackSeries[],
  rows: readonly StackRow[],
): DataTable {
  const notes = rows.some((r) => r.note !== undefined);
  return {
    caption: title,
    columns: [rowLabel, ...(notes ? ['Drills'] : []), ...series.map((s) => `${s.label} (min)`)],
    rows: rows.map((row) => [
      row.label,
      ...(notes ? [row.note ?? ''] : []),
      ...series.map((s) => formatMinutes(row.values[s.key])),
    ]),
  };
}

interface ValueAxisProps {
  readonly scale: ScaleLinear<number, number>;
  readonly top: number;
  readonly y: number;
  readonly left: number;
  readonly right: number;
  readonly title: string;
}

/** The minutes axis under the bars, with a grid line up through them at every tick. */
function ValueAxis({ scale, top, y, left, right, title }: ValueAxisProps) {
  return (
    <g>
      {scale.ticks(6).map((tick) => (
        <g key={tick}>
          <line className="tc-grid" x1={scale(tick)} x2={scale(tick)} y1={top} y2={y} />
          <text className="tc-tick" x={scale(tick)} y={y + 16} textAnchor="middle">
            {tick}
          </text>
        </g>
      ))}
      <text className="tc-axis-title" x={(left + right) / 2} y={y + 38} textAnchor="middle">
        {title}
      </text>
    </g>
  );
}

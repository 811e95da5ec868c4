// Axes for the trend charts: ticks from the scale (d3's "nice" round values), a grid line per
// tick, and an axis title with its unit. Dates on a time axis are days and months on the user's
// calendar (d3's time scale places its ticks in local time too).
import { formatInstantDay, formatInstantMonth } from '../../domain/dates/format';
import { localZoneOffsetAt } from '../../platform/reader';

/** The drawing area inside a chart's margins, in SVG units: where the axes and grid go. */
export interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Half of the longest tick label below the axis ("13 Nov 2026" at the tick size), in SVG units. */
const EDGE_ROOM = 36;

/** Room for tick labels on the left and an axis title below. */
const MARGIN = { left: 56, right: 16, top: 12, bottom: 48 } as const;

export function plotArea(width: number, height: number): PlotArea {
  return {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
}

interface TickScale {
  (value: number): number;
  ticks(count?: number): number[];
}

interface LeftAxisProps {
  readonly scale: TickScale;
  readonly plot: PlotArea;
  readonly title: string;
  readonly format?: (value: number) => string;
  readonly ticks?: number;
  /** Counts: no tick between two whole numbers. */
  readonly integers?: boolean;
}

export function LeftAxis(props: LeftAxisProps) {
  const { scale, plot, title, format = String, ticks = 5, integers = false } = props;
  const { left, right, top, bottom } = plot;
  const values = scale.ticks(ticks).filter((tick) => !integers || Number.isInteger(tick));
  return (
    <g>
      {values.map((tick) => (
        <g key={tick}>
          <line className="tc-grid" x1={left} x2={right} y1={scale(tick)} y2={scale(tick)} />
          <text
            className="tc-tick"
            x={left - 6}
            y={scale(tick)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      <text
        className="tc-axis-title"
        transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {title}
      </text>
    </g>
  );
}

interface BottomAxisProps<T> {
  readonly ticks: readonly T[];
  readonly position: (tick: T) => number;
  readonly format: (tick: T) => string;
  readonly plot: PlotArea;
  readonly title: string;
}

export function BottomAxis<T>({ ticks, position, format, plot, title }: BottomAxisProps<T>) {
  const { left, right, bottom: y } = plot;
  return (
    <g>
      <line className="tc-axis" x1={left} x2={right} y1={y} y2={y} />
      {ticks.map((tick, index) => {
        const x = position(tick);
        // A label centred on a tick near the right edge would run past the drawing and be cut:
        // there it ends at its tick instead.
        const anchor = x > right - EDGE_ROOM ? 'end' : 'middle';
        return (
          <text key={index} className="tc-tick" x={x} y={y + 16} textAnchor={anchor}>
            {format(tick)}
          </text>
        );
      })}
      <text className="tc-axis-title" x={(left + right) / 2} y={y + 38} textAnchor="middle">
        {title}
      </text>
    </g>
  );
}

/**
 * Labels for time-axis ticks: months when every tick falls in a month of its own, days otherwise
 * (ticks a week apart labelled by month would repeat one month, and the axis would read wrong). A
 * label equal to the one before it is left blank, so hours of one day name that day once.
 */
export function timeTickFormat(ticks: readonly Date[]): (tick: Date) => string {
  const months = ticks.map((tick) => formatInstantMonth(tick.getTime(), localZoneOffsetAt));
  const labels =
    new Set(months).size === months.length
      ? months
      : ticks.map((tick) => formatInstantDay(tick.getTime(), localZoneOffsetAt));
  const shown = new Map(
    ticks.map((tick, index) => [
      tick.getTime(),
      index > 0 && labels[index] === labels[index - 1] ? '' : (labels[index] ?? ''),
    ]),
  );
  return (tick) => shown.get(tick.getTime()) ?? formatInstantDay(tick.getTime(), localZoneOffsetAt);
}

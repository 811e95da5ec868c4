// A step chart of a level (1–5) over a series of dated points, drawn as plain SVG. A level holds
// until the next assessment, hence steps rather than slopes. The numbers are also in a table.

export interface LevelPoint {
  /** Shown under the point, e.g. "Mar 2025". */
  readonly label: string;
  readonly level: number;
  /** Set on the first point taken on another maturity model: that model, in words. */
  readonly modelChange?: string | undefined;
}

interface LevelStepChartProps {
  readonly title: string;
  readonly points: readonly LevelPoint[];
  readonly target?: number | null;
  readonly levelNames: readonly string[];
}

const WIDTH = 420;
const HEIGHT = 200;
const LEFT = 34;
// Room for half of the last date label, which is centred on the last point.
const RIGHT = 34;
const TOP = 12;
const BOTTOM = 40;

export function LevelStepChart({ title, points, target = null, levelNames }: LevelStepChartProps) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number) =>
    LEFT + (points.length <= 1 ? plotWidth / 2 : (plotWidth * index) / (points.length - 1));
  const y = (level: number) => TOP + plotHeight - ((level - 1) / 4) * plotHeight;
  const path = points
    .map((point, index) => {
      const here = `${x(index)},${y(point.level)}`;
      if (index === 0) return `M${here}`;
      return `H${x(index)} V${y(point.level)}`;
    })
    .join(' ');
  // Labels thin out so dates never overlap: at most about six under the axis.
  const every = Math.max(1, Math.ceil(points.length / 6));
  const changes = points.some((point) => point.modelChange !== undefined);

  return (
    <figure className="chart step-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${title}. The levels are in the table that follows.`}
      >
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level)} y2={y(level)} className="chart-grid" />
            <text
              x={LEFT - 8}
              y={y(level)}
              textAnchor="end"
              dominantBaseline="middle"
              className="chart-tick"
            >
              {level}
            </text>
          </g>
        ))}
        {target !== null && (
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(target)}
            y2={y(target)}
            className="step-target"
          />
        )}
        {/* Where the team switched models: a dashed rule, so a step there is read with care. */}
        {points.map((point, index) =>
          point.modelChange === undefined ? null : (
            <line
              key={`model-${index}`}
              x1={x(index)}
              x2={x(index)}
              y1={TOP}
              y2={TOP + plotHeight}
              className="step-model-change"
            />
          ),
        )}
        <path d={path} className="step-line" />
        {points.map((point, index) => (
          <circle key={index} cx={x(index)} cy={y(point.level)} r={3.5} className="step-point" />
        ))}
        {points.map((point, index) =>
          index % every === 0 || index === points.length - 1 ? (
            <text
              key={index}
              x={x(index)}
              y={HEIGHT - BOTTOM + 18}
              textAnchor="middle"
              className="chart-tick"
            >
              {point.label}
            </text>
          ) : null,
        )}
      </svg>
      {/* Hidden in a clipping box: a table is never narrower than its content, so hidden on its
          own it would still widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Assessment</th>
              <th scope="col">Level</th>
              {changes && <th scope="col">Model</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <td>{point.label}</td>
                <td>
                  {point.level} {levelNames[point.level - 1] ?? ''}
                </td>
                {changes && <td>{point.modelChange ?? ''}</td>}
              </tr>
            ))}
          </tbody>
          {target !== null && (
            <tfoot>
              <tr>
                <td>Target</td>
                <td>{target}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </figure>
  );
}

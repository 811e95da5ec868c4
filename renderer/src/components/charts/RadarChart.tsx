// A radar chart drawn as plain SVG: one axis per category, rings for the levels 1–5, one closed
// line per series, the category names wrapped around it (./radar-layout). Screen readers get the
// same numbers as a table; the picture is only a picture.
import { useId } from 'react';
import { formatScore } from '../../domain/maturity/scoring';
import { LABEL_LINE_HEIGHT, placeRadarLabels } from './radar-layout';

export interface RadarSeries {
  readonly name: string;
  /** One value per axis, in axis order; null where the series has no value. */
  readonly values: readonly (number | null)[];
  /** A class from assessments.css that sets the series' colour and dash. */
  readonly variant: 'current' | 'previous' | 'target';
}

interface RadarChartProps {
  readonly title: string;
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  readonly min?: number;
  readonly max?: number;
  readonly format?: (value: number) => string;
}

const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 120;

export function RadarChart(props: RadarChartProps) {
  const { title, axes, series, min = 1, max = 5, format = formatScore } = props;
  const tableId = useId();
  const angle = (index: number) => -Math.PI / 2 + (2 * Math.PI * index) / axes.length;
  const point = (index: number, value: number) => {
    const r = (RADIUS * (Math.min(max, Math.max(min, value)) - min)) / (max - min);
    return [CENTRE + r * Math.cos(angle(index)), CENTRE + r * Math.sin(angle(index))] as const;
  };
  const rings = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const ring = (value: number) => axes.map((_, index) => point(index, value).join(',')).join(' ');
  const drawn = series.filter((entry) => entry.values.every((value) => value !== null));
  // Labels wrap and the drawing grows to hold them: a long category name is never cut off.
  const layout = placeRadarLabels(axes, CENTRE, CENTRE, RADIUS);
  const box = layout.viewBox;

  return (
    <figure className="chart radar-chart">
      <svg
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label={`${title}. The numbers are in the table that follows.`}
      >
        {rings.map((value) => (
          <polygon key={value} points={ring(value)} className="chart-grid" />
        ))}
        {rings.map((value) => (
          <text key={value} x={CENTRE + 5} y={point(0, value)[1] + 12} className="chart-tick">
            {value}
          </text>
        ))}
        {axes.map((axis, index) => {
          const [x, y] = point(index, max);
          const label = layout.labels[index];
          return (
            <g key={axis}>
              <line x1={CENTRE} y1={CENTRE} x2={x} y2={y} className="chart-axis" />
              {label && (
                <text x={label.x} y={label.y} textAnchor={label.anchor} className="chart-label">
                  {label.lines.map((line, row) => (
                    <tspan key={row} x={label.x} dy={row === 0 ? 0 : LABEL_LINE_HEIGHT}>
                      {line}
                    </tspan>
                  ))}
                </text>
              )}
            </g>
          );
        })}
        {drawn.map((entry) => (
          <polygon
            key={entry.name}
            points={entry.values
              .map((value, index) => point(index, value ?? min).join(','))
              .join(' ')}
            className={`radar-series series-${entry.variant}`}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map((entry) => (
            <li key={entry.name}>
              <span className={`legend-swatch series-${entry.variant}`} aria-hidden="true" />
              {entry.name}
              {!drawn.includes(entry) && <span className="muted"> (not available)</span>}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* Hidden in a clipping box: a table is never narrower than its content, so hidden on its
          own it would still widen the page. */}
      <div className="visually-hidden">
        <table id={tableId}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {series.map((entry) => (
                <th key={entry.name} scope="col">
                  {entry.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis}>
                <th scope="row">{axis}</th>
                {series.map((entry) => {
                  const value = entry.values[index];
                  return (
                    <td key={entry.name}>
                      {value === null || value === undefined ? '—' : format(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

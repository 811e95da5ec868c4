// Phase durations against targets as a bullet chart: a grey bar for the duration, a black line
// across it for the target. Shape and shade, not hue, carry the meaning, and every figure is also
// written at the end of its row, so it reads the same printed in black and white.
import { scaleLinear } from 'd3-scale';
import { formatClock } from '../../../domain/dates/durations';
import { MINUTE_MS } from '../../../domain/drills/phases';
import type { PhaseRow } from '../../../domain/reports/drill-report';

const WIDTH = 640;
const SINGLE_LABEL = 104;
const MERGED_LABEL = 168;
const FIGURES = 150;
const ROW = 30;
const BAR = 14;
const TOP = 6;
const AXIS = 34;

/** The words at the end of a row, and the chart's accessible summary. */
function figureText(phase: PhaseRow): string {
  const target = phase.targetMs > 0 ? `target ${formatClock(phase.targetMs)}` : 'no target';
  return `${phase.duration} · ${target}`;
}

export function PhaseChart({ phases }: { readonly phases: readonly PhaseRow[] }) {
  // A span merged by a skip names two phases: its label needs more room.
  const labelWidth = phases.some((p) => p.shortLabel.includes(' + ')) ? MERGED_LABEL : SINGLE_LABEL;
  const longest = Math.max(1, ...phases.map((p) => Math.max(p.durationMs ?? 0, p.targetMs)));
  const x = scaleLinear()
    .domain([0, longest / MINUTE_MS])
    .range([labelWidth, WIDTH - FIGURES])
    .nice();
  const ticks = x.ticks(6);
  const height = TOP + phases.length * ROW + AXIS;
  const axisY = TOP + phases.length * ROW;
  const summary = `Phase durations against targets: ${phases
    .map((p) => `${p.label} ${figureText(p)}`)
    .join('; ')}.`;
  return (
    <figure className="drill-phase-chart">
      <figcaption>
        <span className="drill-phase-chart-title">Phase durations against targets</span>
        <span className="drill-phase-chart-legend">
          <svg className="swatch" viewBox="0 0 24 12" aria-hidden="true">
            <rect className="bar" x="0" y="2" width="24" height="8" />
          </svg>
          duration of the phase
          <svg className="swatch" viewBox="0 0 24 12" aria-hidden="true">
            <line className="target" x1="12" x2="12" y1="0" y2="12" />
          </svg>
          its target
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="grid" x1={x(tick)} x2={x(tick)} y1={TOP} y2={axisY} />
            <text className="tick" x={x(tick)} y={axisY + 14} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
        <text className="axis-title" x={(labelWidth + WIDTH - FIGURES) / 2} y={axisY + 30}>
          minutes (paused time left out)
        </text>
        {phases.map((phase, index) => {
          const y = TOP + index * ROW + (ROW - BAR) / 2;
          const middle = y + BAR / 2 + 4;
          return (
            <g key={phase.key}>
              <text className="label" x={labelWidth - 8} y={middle} textAnchor="end">
                {phase.shortLabel}
              </text>
              {phase.durationMs === null ? (
                <text className="missing" x={labelWidth + 6} y={middle}>
                  {phase.result.toLowerCase()}
                </text>
              ) : (
                <rect
                  className="bar"
                  x={labelWidth}
                  y={y}
                  width={Math.max(1, x(phase.durationMs / MINUTE_MS) - labelWidth)}
                  height={BAR}
                />
              )}
              {phase.targetMs > 0 && (
                <line
                  className="target"
                  x1={x(phase.targetMs / MINUTE_MS)}
                  x2={x(phase.targetMs / MINUTE_MS)}
                  y1={y - 5}
                  y2={y + BAR + 5}
                />
              )}
              <text className="figure" x={WIDTH - FIGURES + 10} y={middle}>
                {figureText(phase)}
              </text>
            </g>
          );
        })}
        <line className="axis" x1={labelWidth} x2={WIDTH - FIGURES} y1={axisY} y2={axisY} />
      </svg>
    </figure>
  );
}

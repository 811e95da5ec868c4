// Maturity scores (1.0–5.0) over time, one line per category or team, with a dot for each final
// assessment. Scores are continuous, so lines rather than steps (the level history uses steps).
import { extent } from 'd3-array';
import { scaleLinear, scaleTime } from 'd3-scale';
import { line } from 'd3-shape';
import { BottomAxis, LeftAxis, timeTickFormat, plotArea } from './Axes';
import { formatInstantDay } from '../../domain/dates/format';
import { formatScore } from '../../domain/maturity/scoring';
import { localZoneOffsetAt } from '../../platform/reader';
import { ChartFrame } from './ChartFrame';

export interface ScoreLineInput {
  readonly id: string;
  readonly label: string;
  readonly points: readonly { readonly at: number; readonly score: number }[];
}

interface ScoreLinesChartProps {
  readonly title: string;
  readonly lines: readonly ScoreLineInput[];
}

const WIDTH = 640;
const HEIGHT = 280;
const PLOT = plotArea(WIDTH, HEIGHT);

export function ScoreLinesChart({ title, lines }: ScoreLinesChartProps) {
  const all = lines.flatMap((l) => l.points);
  const [first = 0, last = 0] = extent(all, (p) => p.at);
  const x = scaleTime()
    .domain(first === last ? [first - 15 * 86_400_000, last + 15 * 86_400_000] : [first, last])
    .range([PLOT.left, PLOT.right])
    .nice();
  const timeTicks = x.ticks(6);
  const y = scaleLinear().domain([1, 5]).range([PLOT.bottom, PLOT.top]);
  const draw = line<{ at: number; score: number }>()
    .x((p) => x(p.at))
    .y((p) => y(p.score));
  const summary = `${title}: ${lines
    .map((l) => {
      const latest = l.points.at(-1);
      return `${l.label} ${latest === undefined ? 'no score' : `latest ${formatScore(latest.score)}`}`;
    })
    .join('; ')}.`;
  return (
    <ChartFrame
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      legend={lines.map((l, i) => ({
        key: l.id,
        label: l.label,
        swatch: `tc-s${i % 8}`,
        shape: 'line',
      }))}
      table={{
        caption: title,
        columns: ['Line', 'Assessment date', 'Score (1–5)'],
        rows: lines.flatMap((l) =>
          l.points.map((p) => [
            l.label,
            formatInstantDay(p.at, localZoneOffsetAt),
            formatScore(p.score),
          ]),
        ),
      }}
    >
      <LeftAxis scale={y} plot={PLOT} title="Score (1 to 5)" ticks={4} />
      <BottomAxis
        ticks={timeTicks}
        position={(tick) => x(tick)}
        format={timeTickFormat(timeTicks)}
        plot={PLOT}
        title="Date of the assessment"
      />
      {lines.map((l, i) => (
        <g key={l.id} className={`tc-series tc-s${i % 8}`}>
          <path className="tc-score-line" d={draw([...l.points]) ?? ''} />
          {l.points.map((p, j) => (
            <circle key={j} className="tc-score-point" cx={x(p.at)} cy={y(p.score)} r={3.5} />
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}

// Writing metric families as text, in Prometheus's text format 0.0.4 (the current snapshot, read by
// node_exporter's textfile collector) or in OpenMetrics 1.0 (the history, read by
// `promtool tsdb create-blocks-from openmetrics`). The two differ only in details a reader enforces:
// OpenMetrics names a counter's family without `_total`, escapes `"` in HELP, may state a UNIT,
// gives timestamps in seconds and ends with `# EOF`; the text format gives timestamps in
// milliseconds. Series and their points are written in the order given: callers sort them.
import type { EpochMs } from '../records/common';

export type MetricKind = 'counter' | 'gauge' | 'histogram';

/** Label names in a fixed order; an undefined value leaves the label out (Prometheus reads a
 *  missing label and an empty one alike, so a label that does not apply is simply not written). */
export type Labels = readonly (readonly [name: string, value: string | undefined])[];

export interface HistogramValue {
  /** Cumulative counts, one per bound of the family's buckets (the +Inf bucket is `count`). */
  readonly cumulative: readonly number[];
  readonly count: number;
  /** Seconds. */
  readonly sum: number;
}

export interface MetricPoint<V> {
  readonly value: V;
  /** Only in the history: when the value became true. */
  readonly at?: EpochMs;
}

export interface MetricSeries<V> {
  readonly labels: Labels;
  readonly points: readonly MetricPoint<V>[];
}

interface FamilyBase {
  /** Full name; a counter's name ends in `_total`. */
  readonly name: string;
  readonly help: string;
  readonly unit?: 'seconds';
}

export type MetricFamily =
  | (FamilyBase & {
      readonly kind: 'counter' | 'gauge';
      readonly series: readonly MetricSeries<number>[];
    })
  | (FamilyBase & {
      readonly kind: 'histogram';
      /** Upper bounds in seconds, ascending, without +Inf. */
      readonly buckets: readonly number[];
      readonly series: readonly MetricSeries<HistogramValue>[];
    });

export type TextFormat = 'prometheus' | 'openmetrics';

/** The content types a server would announce for each format. */
export const CONTENT_TYPES: Readonly<Record<TextFormat, string>> = {
  prometheus: 'text/plain; version=0.0.4; charset=utf-8',
  openmetrics: 'application/openmetrics-text; version=1.0.0; charset=utf-8',
};

/** A label value between double quotes: backslash, double quote and line feed escaped. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, '\\n');
}

function escapeHelp(help: string, format: TextFormat): string {
  const escaped = help.replace(/\\/gu, '\\\\').replace(/\n/gu, '\\n');
  return format === 'openmetrics' ? escaped.replace(/"/gu, '\\"') : escaped;
}

/** A sample value. Integers are written without a fraction, as clients write counts. */
export function formatValue(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  return String(value);
}

/**
 * A bucket bound as the `le` label. OpenMetrics asks for the canonical float form ("60.0"), and
 * Prometheus 3 rewrites every scraped `le` to it; writing it so in both files keeps the back-filled
 * history and the scraped snapshot in the same series on every Prometheus version.
 */
export function formatBound(bound: number): string {
  if (bound === Infinity) return '+Inf';
  return Number.isInteger(bound) ? `${String(bound)}.0` : String(bound);
}

function formatTimestamp(at: EpochMs, format: TextFormat): string {
  return format === 'openmetrics' ? String(at / 1000) : String(Math.round(at));
}

function formatLabels(labels: Labels): string {
  const written = labels.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  if (written.length === 0) return '';
  return `{${written.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`;
}

function sampleLine(
  name: string,
  labels: Labels,
  value: number,
  at: EpochMs | undefined,
  format: TextFormat,
): string {
  const time = at === undefined ? '' : ` ${formatTimestamp(at, format)}`;
  return `${name}${formatLabels(labels)} ${formatValue(value)}${time}`;
}

function familyName(family: MetricFamily, format: TextFormat): string {
  return format === 'openmetrics' && family.kind === 'counter'
    ? family.name.replace(/_total$/u, '')
    : family.name;
}

function familyLines(family: MetricFamily, format: TextFormat): string[] {
  const name = familyName(family, format);
  const lines = [
    `# HELP ${name} ${escapeHelp(family.help, format)}`,
    `# TYPE ${name} ${family.kind}`,
  ];
  if (format === 'openmetrics' && family.unit !== undefined) {
    lines.push(`# UNIT ${name} ${family.unit}`);
  }
  if (family.kind !== 'histogram') {
    for (const series of family.series) {
      for (const point of series.points) {
        lines.push(sampleLine(family.name, series.labels, point.value, point.at, format));
      }
    }
    return lines;
  }
  const bounds = [...family.buckets, Infinity];
  for (const series of family.series) {
    for (const { value, at } of series.points) {
      bounds.forEach((bound, index) => {
        const count = bound === Infinity ? value.count : (value.cumulative[index] ?? value.count);
        const labels: Labels = [...series.labels, ['le', formatBound(bound)]];
        lines.push(sampleLine(`${family.name}_bucket`, labels, count, at, format));
      });
      lines.push(sampleLine(`${family.name}_count`, series.labels, value.count, at, format));
      lines.push(sampleLine(`${family.name}_sum`, series.labels, value.sum, at, format));
    }
  }
  return lines;
}

/** The families as one text, every line ending in a line feed. */
export function renderFamilies(families: readonly MetricFamily[], format: TextFormat): string {
  const lines = families.flatMap((family) => familyLines(family, format));
  if (format === 'openmetrics') lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

// Drills vs reality as rows of text: one list the Trends screen and the team trend report both lay
// out as a table, so the two always say the same.
import { formatMinutes, formatSignedMinutes } from '../../domain/dates/durations';
import type { RealityMeasureId, RealityRow } from '../../domain/reality/compare';
import {
  KEY_MEASURE_LABELS,
  type Figure,
  type SideBySideMeasure,
} from '../../domain/reality/key-measures';
import type { RealityView } from '../../domain/reality/view';
import { PHASE_LABELS } from '../../domain/words/drills';
import { MEASURE_DEFINITIONS } from '../../domain/words/measures';
import { SMALL_SAMPLE, type Summary } from '../../domain/stats/summary';
import { formatRate } from '../../domain/trends/key-measures';
import { countOf } from '../../domain/text/plural';

export interface RealityTableRow {
  readonly label: string;
  readonly drills: string;
  readonly incidents: string;
  readonly difference: string;
  /** What is left out or stands in, for the incidents' figure; "—" when nothing is. */
  readonly note: string;
}

/** A group's median, p90 and n as table cells, in minutes; dashes when it has none. */
export interface SummaryCells {
  readonly median: string;
  readonly p90: string;
  readonly n: string;
}

export interface PhaseTableRow {
  readonly label: string;
  readonly drills: SummaryCells;
  readonly incidents: SummaryCells;
  readonly difference: string;
  readonly note: string;
}

export function summaryCells(summary: Summary): SummaryCells {
  return {
    median: formatMinutes(summary.median),
    p90: formatMinutes(summary.p90),
    n: String(summary.n),
  };
}

/** "+17.5", "−3.9", "0.0": a difference in minutes, its sign always written. */
function signed(minutes: number): string {
  const text = formatSignedMinutes(minutes);
  return minutes > 0 && text !== '0.0' ? `+${text}` : text;
}

/** "median 12.5 · p90 30.0 · n = 9" in minutes, or "none". */
export function medianP90(summary: Summary): string {
  return summary.n === 0
    ? 'none'
    : `median ${formatMinutes(summary.median)} · p90 ${formatMinutes(summary.p90)} · n = ${summary.n}`;
}

const measureLabel = (measure: RealityMeasureId) =>
  measure === 'timeToRecover' ? MEASURE_DEFINITIONS.timeToRecover.label : PHASE_LABELS[measure];

function differenceText(row: RealityRow): string {
  const d = row.difference;
  if (d === null || d.difference === undefined || d.low === undefined || d.high === undefined) {
    return `too few (under ${SMALL_SAMPLE})`;
  }
  const interval = `${signed(d.difference)} (${signed(d.low)} to ${signed(d.high)})`;
  return d.distinguishable ? interval : `${interval}: cannot tell apart`;
}

function noteText(notRecorded: number, standIn: number): string {
  return [
    notRecorded === 0 ? '' : `${notRecorded} not recorded`,
    standIn === 0 ? '' : `${standIn} detected at creation`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The per-phase table, time to recover first; durations in minutes. */
export function realityRows(view: RealityView): PhaseTableRow[] {
  return view.comparison.rows.map((row) => ({
    label: measureLabel(row.measure),
    drills: summaryCells(row.drills),
    incidents: summaryCells(row.incidents),
    difference: differenceText(row),
    note: noteText(row.incidentsNotRecorded, row.incidentsStandIn) || '—',
  }));
}

function figureText(figure: Figure, noun: 'drills' | 'incidents'): string {
  if (figure.kind === 'duration') return medianP90(figure.summary);
  return figure.rate.n === 0 ? `no ${noun}` : formatRate(figure.rate);
}

/** The standard's key measures from drills and from incidents; durations in minutes. */
export function keyMeasureSideRows(rows: readonly SideBySideMeasure[]): RealityTableRow[] {
  return rows.map((row) => ({
    label: KEY_MEASURE_LABELS[row.measure],
    drills: figureText(row.drills, 'drills'),
    incidents: figureText(row.incidents, 'incidents'),
    difference: '',
    note: noteText(row.incidentsNotRecorded, row.incidentsStandIn) || '—',
  }));
}

const TOOL_NAMES: Readonly<Record<string, string>> = {
  pagerduty: 'PagerDuty',
  opsgenie: 'Opsgenie',
  'incident-io': 'incident.io',
  firehydrant: 'FireHydrant',
  rootly: 'Rootly',
  'grafana-oncall': 'Grafana OnCall',
  servicenow: 'ServiceNow',
  jira: 'Jira Service Management',
  csv: 'spreadsheet',
};

/** A tool's name; a mapped spreadsheet's source name as its mapping gives it. */
export const sourceName = (key: string): string =>
  Object.hasOwn(TOOL_NAMES, key) ? (TOOL_NAMES[key] as string) : key;

/** "14 recovered incidents (9 PagerDuty, 5 Opsgenie)": what the incident figures stand on. */
export function incidentCountText(view: RealityView): string {
  const total = countOf(view.incidents, 'recovered incident', 'recovered incidents');
  if (view.bySource.length === 0) return total;
  return `${total} (${view.bySource.map((s) => `${s.count} ${sourceName(s.sourceKey)}`).join(', ')})`;
}

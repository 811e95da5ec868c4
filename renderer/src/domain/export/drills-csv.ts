// Drills as CSV for spreadsheets: one row per drill with its plan, its status and every measure.
// Durations are minutes with two decimals (the header says so), the unit a spreadsheet user sums
// and charts; a measure that does not exist (a skipped phase, a run not finished) is an empty cell,
// never 0, as on screen. Cells a spreadsheet would run as a formula are neutralised.
import Papa from 'papaparse';
import type { EpochMs, Id } from '../records/common';
import type { DrillRecord } from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import type { ActionItemRecord } from '../records/action-items';
import { measureDrill, type DrillMeasures } from '../drills/measures';
import { formatDurationMinutesCell } from '../dates/durations';
import { DRILL_STATUS_LABELS } from '../words/drills';
import { MEASURE_DEFINITIONS } from '../words/measures';
import { deriveRun } from '../drills/run-state';

export interface DrillsCsvInput {
  readonly drills: readonly DrillRecord[];
  /** Each drill's events, any order. */
  readonly eventsByDrill: ReadonlyMap<Id, readonly DrillEventRecord[]>;
  readonly teamNames: ReadonlyMap<Id, string>;
  readonly serviceNames: ReadonlyMap<Id, string>;
  readonly actionItems: readonly ActionItemRecord[];
  /** For a drill still running or paused, whose open durations run until now. */
  readonly now: EpochMs;
}

const DURATIONS = [
  'timeToDetect',
  'timeToAcknowledge',
  'timeToDiagnose',
  'timeToMitigate',
  'timeToRecover',
  'impactDuration',
  'commsLatency',
  'pausedTotal',
] as const satisfies readonly (keyof DrillMeasures)[];

const FLAGS = [
  'runbookUsed',
  'automationUsed',
  'reviewHeld',
] as const satisfies readonly (keyof DrillMeasures)[];

export const DRILLS_CSV_HEADER: readonly string[] = [
  'Team',
  'Title',
  'Scenario',
  'Severity',
  'Planned for',
  'Status',
  'Services',
  ...DURATIONS.map((id) => `${MEASURE_DEFINITIONS[id].label} (minutes)`),
  ...FLAGS.map((id) => MEASURE_DEFINITIONS[id].label),
  'Open action items',
  'Done action items',
  'Drill ID',
];

/**
 * Papa Parse's own formula pattern ends in `.*$`, which does not match a cell whose first line
 * starts with "=" but which goes on to a second line; matching the first character alone does.
 */
export const FORMULA_START = /^[=+\-@\t\r]/u;

function flag(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'yes' : 'no';
}

export function buildDrillsCsv(input: DrillsCsvInput): string {
  const team = (drill: DrillRecord) => input.teamNames.get(drill.teamId) ?? '';
  const ordered = [...input.drills].sort(
    (a, b) =>
      team(a).localeCompare(team(b)) ||
      a.plannedFor.localeCompare(b.plannedFor) ||
      a.title.localeCompare(b.title),
  );
  // Grouped once, so the cost grows with drills plus action items, not with their product.
  const itemsByDrill = new Map<string, ActionItemRecord[]>();
  for (const item of input.actionItems) {
    if (item.source.kind !== 'drill' || item.source.id === null) continue;
    const list = itemsByDrill.get(item.source.id);
    if (list === undefined) itemsByDrill.set(item.source.id, [item]);
    else list.push(item);
  }
  const rows = ordered.map((drill) =>
    drillRow(input, drill, team(drill), itemsByDrill.get(drill.id) ?? []),
  );
  return Papa.unparse([[...DRILLS_CSV_HEADER], ...rows], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
}

function drillRow(
  input: DrillsCsvInput,
  drill: DrillRecord,
  teamName: string,
  items: readonly ActionItemRecord[],
): string[] {
  const run = deriveRun(input.eventsByDrill.get(drill.id) ?? []);
  const measures = measureDrill(run, drill.review, input.now);
  const done = items.filter((item) => item.status === 'done').length;
  return [
    teamName,
    drill.title,
    drill.scenarioName,
    drill.severity,
    drill.plannedFor,
    DRILL_STATUS_LABELS[drill.status],
    drill.serviceIds.map((id) => input.serviceNames.get(id) ?? '(deleted service)').join('; '),
    ...DURATIONS.map((id) => formatDurationMinutesCell(measures[id])),
    ...FLAGS.map((id) => flag(measures[id])),
    String(items.length - done),
    String(done),
    drill.id,
  ];
}

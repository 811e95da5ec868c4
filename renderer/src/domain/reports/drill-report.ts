// The drill report's content: every row, in a fixed order, with the words it prints. The figures
// come from the same functions as the drill screens (phase clocks, measures, formatters), so the
// report and the screen never disagree. The clock's `now` is the last recorded event, never the
// time of printing: a finished drill prints the same text every time.
import type { EpochMs, IsoDate } from '../records/common';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import type { DrillRecord } from '../records/drills';
import type { ActionItemRecord } from '../records/action-items';
import { compareActionItems, ownerName } from '../action-items/action-item-rules';
import { ACTION_ITEM_STATUS_LABELS } from '../words/action-items';
import { DRILL_STATUS_LABELS, HYPOTHESIS_HELD_LABELS } from '../words/drills';
import { phaseClocks, runEnd, totalElapsed } from '../drills/clock';
import { attributeRun, shownRun } from '../drills/attribution';
import { runPartsSentence } from '../words/run-parts';
import { formatDuration } from '../dates/durations';
import { MEASURE_NOTE, measureDrill } from '../drills/measures';
import { boundaryOf, type RunState } from '../drills/run-state';
import type { Fact } from './fact';
import { kitReport, type KitReport } from './drill-kit-report';
import { reportFileName } from './file-name';
import {
  measureRows,
  phaseRow,
  phasesNote,
  type MeasureRow,
  type PhaseRow,
} from './drill-report-figures';
import {
  formatTimeOfDay,
  localDay,
  timelineNote,
  timelineRows,
  type TimelineRow,
} from './drill-report-timeline';
import { formatIsoDate, type ZoneOffsetAt } from '../dates/format';
import { problem, type Checked } from '../outcome';
import { drillHeadlines } from './drill-report-headlines';
import { overdueActionItems, type Headline, type OverdueSummary } from './executive-summary';

export interface DrillReportInput {
  readonly drill: DrillRecord;
  readonly state: RunState;
  /** null when the team is gone (the drill outlived it in a partial restore). */
  readonly teamName: string | null;
  /** The team's services; the drill names some of them by id. */
  readonly services: readonly ServiceRecord[];
  /** The scenario's description today; null when the scenario was deleted. */
  readonly scenarioDescription: string | null;
  readonly actionItems: readonly ActionItemRecord[];
  /** The team's people, for action items' owners. */
  readonly people: readonly PersonRecord[];
  readonly zoneOffsetAt: ZoneOffsetAt;
  /** The day the report is generated: what is overdue is judged on it. */
  readonly today: IsoDate;
}

export type { MeasureRow, PhaseRow };

export interface ActionItemRow {
  readonly key: string;
  readonly title: string;
  readonly owner: string;
  readonly due: string;
  readonly status: string;
}

export interface DrillReport {
  /** "Checkout Web — Database failover, 3 Mar 2025". */
  readonly title: string;
  readonly fileName: string;
  /** False for a drill that is planned and has not run: the report shows the plan only. */
  readonly ran: boolean;
  /** Said first when the drill has not run: why most sections are empty. */
  readonly notice: string | null;
  /** Page 1: time to recover against its target, whether the hypothesis held, phases on target. */
  readonly headlines: readonly Headline[];
  /** Page 1: this drill's action items that are overdue on the day the report is generated. */
  readonly overdue: OverdueSummary;
  readonly summary: readonly Fact[];
  readonly scenario: readonly Fact[];
  /** What the drill took from its scenario for the room: injection, detection, runbook, stops. */
  readonly script: readonly Fact[];
  /** The facilitator's kit during the run, and the results. */
  readonly kit: KitReport;
  readonly roles: readonly Fact[];
  readonly timeline: readonly TimelineRow[];
  readonly timelineNote: string;
  readonly phases: readonly PhaseRow[];
  readonly phasesNote: string;
  readonly measures: readonly MeasureRow[];
  readonly measuresNote: string;
  /** null until the review is written. */
  readonly review: readonly Fact[] | null;
  readonly actionItems: readonly ActionItemRow[];
}

export const RUNNING_MESSAGE =
  'This drill is still running. Its report can be printed once the drill is closed or aborted.';

export const NOT_RUN_NOTE =
  'This drill has not run yet. The report shows its plan: there is no timeline, no phase duration and no measure to report.';

export const ABORTED_BEFORE_START_NOTE =
  'This drill was aborted before the fault was injected: there is no phase duration and no measure to report.';

const TARGETS_ONLY_NOTE = "The plan's target for each phase; no phase has a duration.";

/** Why there is nothing to report on the run: "yet" only while it still may run. */
const notRunText = (drill: DrillRecord) =>
  drill.status === 'aborted' ? 'Never ran: aborted before the fault was injected' : 'Not run yet';

const listOr = (names: readonly string[], none: string) =>
  names.length === 0 ? none : names.join(', ');

export function buildDrillReport(input: DrillReportInput): Checked<DrillReport> {
  const { drill, state } = input;
  if (drill.status === 'running') return problem(RUNNING_MESSAGE);
  const ran = drill.status !== 'planned' && state.boundaries.length > 0;
  const shown = shownRun(state);
  // The last recorded event stands in for "now": a finished run's clocks no longer move.
  const now = state.events.reduce((latest, e) => Math.max(latest, e.at), 0);
  const start = boundaryOf(state, 'start')?.at;
  const day = start === undefined ? drill.plannedFor : localDay(start, input.zoneOffsetAt);
  const team = input.teamName ?? 'Unknown team';
  return {
    ok: true,
    value: {
      title: `${team} — ${drill.title}, ${formatIsoDate(day)}`,
      fileName: reportFileName('drill', [team, drill.title], day),
      ran,
      headlines: ran ? drillHeadlines(state, drill, now, heldText(drill, ran)) : [],
      overdue: overdueActionItems(input.actionItems, input.people, input.today),
      summary: summaryFacts(input, team, ran, now),
      scenario: scenarioFacts(input, ran),
      script: scriptFacts(drill),
      kit: kitReport(drill, state, (at) => formatTimeOfDay(at, input.zoneOffsetAt)),
      roles: roleFacts(drill),
      timeline: timelineRows(state, input.zoneOffsetAt, drill.kit),
      timelineNote: timelineNote(state, input.zoneOffsetAt),
      // Phases and totals from the shown run (instants rounded to the second from the start), so
      // they agree to the second with each other and with the timeline's offsets.
      phases: phaseClocks(shown, drill.targets, now).map((clock) => phaseRow(clock, shown, ran)),
      notice: ran ? null : notRunNote(drill),
      phasesNote: ran
        ? `${phasesNote(shown, now)} ${runPartsSentence(attributeRun(shown, now), state.status)}`
        : TARGETS_ONLY_NOTE,
      measures: ran ? measureRows(measureDrill(shown, drill.review, now), input.actionItems) : [],
      measuresNote: `Total run time ${formatDuration(totalElapsed(shown, now))}. ${MEASURE_NOTE}`,
      review: reviewFacts(drill),
      actionItems: actionItemRows(input.actionItems, input.people),
    },
  };
}

function ranText(state: RunState, zoneOffsetAt: ZoneOffsetAt, now: EpochMs): string {
  const start = boundaryOf(state, 'start')?.at;
  if (start === undefined) return 'Not run yet';
  const end = runEnd(state, now);
  const startDay = localDay(start, zoneOffsetAt);
  const endDay = localDay(end, zoneOffsetAt);
  const endText =
    endDay === startDay
      ? formatTimeOfDay(end, zoneOffsetAt)
      : `${formatIsoDate(endDay)}, ${formatTimeOfDay(end, zoneOffsetAt)}`;
  return `${formatIsoDate(startDay)}, ${formatTimeOfDay(start, zoneOffsetAt)} to ${endText} (local time)`;
}

function statusText(drill: DrillRecord, state: RunState): string {
  const status = DRILL_STATUS_LABELS[drill.status];
  if (drill.status === 'aborted') {
    return state.abort === null ? status : `${status}: ${state.abort.reason}`;
  }
  return drill.status === 'planned' ? `${status}, not run yet` : status;
}

function serviceNames(drill: DrillRecord, services: readonly ServiceRecord[]): string {
  const named = services
    .filter((s) => drill.serviceIds.includes(s.id))
    .sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1))
    .map((s) => `${s.name} (tier ${s.tier})`);
  const gone = drill.serviceIds.filter((id) => !services.some((s) => s.id === id)).length;
  if (gone > 0)
    named.push(gone === 1 ? 'one service since removed' : `${gone} services since removed`);
  return listOr(named, 'None named');
}

function summaryFacts(input: DrillReportInput, team: string, ran: boolean, now: EpochMs): Fact[] {
  const { drill, state } = input;
  return [
    { label: 'Team', value: team },
    { label: 'Drill', value: drill.title },
    { label: 'Services', value: serviceNames(drill, input.services) },
    { label: 'Scenario', value: drill.scenarioName },
    { label: 'Severity', value: drill.severity },
    { label: 'Planned for', value: formatIsoDate(drill.plannedFor) },
    { label: 'Ran', value: ran ? ranText(state, input.zoneOffsetAt, now) : notRunText(drill) },
    { label: 'Status', value: statusText(drill, state) },
  ];
}

function heldText(drill: DrillRecord, ran: boolean): string {
  if (!ran) return notRunText(drill);
  if (drill.review === null) return 'Not reviewed yet';
  return HYPOTHESIS_HELD_LABELS[drill.review.hypothesisHeld];
}

function scenarioFacts(input: DrillReportInput, ran: boolean): Fact[] {
  const { drill } = input;
  const description =
    input.scenarioDescription === null
      ? 'The scenario has since been deleted from the library; its description is not available.'
      : input.scenarioDescription || '—';
  return [
    { label: 'Scenario', value: drill.scenarioName },
    { label: 'Description', value: description },
    { label: 'Hypothesis', value: drill.hypothesis },
    { label: 'Hypothesis held', value: heldText(drill, ran) },
  ];
}

function scriptFacts(drill: DrillRecord): Fact[] {
  const { kit } = drill;
  const numbered = (items: readonly string[]) =>
    items.length === 0 ? 'None' : items.map((item, index) => `${index + 1}. ${item}`).join(' ');
  return [
    { label: 'Injection steps', value: numbered(kit.injectionSteps) },
    { label: 'Expected detection signal', value: kit.detectionSignal || '—' },
    { label: 'Runbook checklist', value: numbered(kit.runbook) },
    { label: 'Stop conditions', value: numbered(kit.stopConditions) },
  ];
}

function roleFacts(drill: DrillRecord): Fact[] {
  const { roles } = drill;
  return [
    { label: 'Facilitator', value: roles.facilitator || 'None named' },
    { label: 'Incident commander', value: roles.incidentCommander || 'None named' },
    { label: 'Scribe', value: roles.scribe || 'None named' },
    { label: 'Responders', value: listOr(roles.responders, 'None named') },
    { label: 'Observers', value: listOr(roles.observers, 'None named') },
  ];
}

function notRunNote(drill: DrillRecord): string {
  return drill.status === 'aborted' ? ABORTED_BEFORE_START_NOTE : NOT_RUN_NOTE;
}

function reviewFacts(drill: DrillRecord): Fact[] | null {
  const { review } = drill;
  if (review === null) return null;
  return [
    { label: 'Hypothesis held', value: HYPOTHESIS_HELD_LABELS[review.hypothesisHeld] },
    { label: 'What went well', value: review.wentWell || '—' },
    { label: 'What did not go well', value: review.wentBadly || '—' },
    { label: 'Review meeting held', value: review.reviewHeld ? 'Yes' : 'No' },
  ];
}

function actionItemRows(
  items: readonly ActionItemRecord[],
  people: readonly PersonRecord[],
): ActionItemRow[] {
  return [...items].sort(compareActionItems).map((item) => ({
    key: item.id,
    title: item.title,
    owner: ownerName(item.ownerId, people),
    due: item.due === null ? 'No due date' : formatIsoDate(item.due),
    status: ACTION_ITEM_STATUS_LABELS[item.status],
  }));
}

// What the facilitator's kit did during a drill, in words: the go / no-go and who confirmed it,
// each inject delivered, skipped or not, each hint given or not, each checklist item done or not
// and when, and the results of the review. The drill's page and the drill report both show it,
// so the two say the same thing. `timeOfDay` writes an instant as the caller's clock shows it.
import type { EpochMs } from '../records/common';
import type { ChecklistId, DrillRecord } from '../records/drills';
import { checklistCompletion, checklistSummaries, deriveKitRun } from '../drills/kit';
import { boundaryOf, type RunState } from '../drills/run-state';
import { formatOffset } from '../dates/durations';
import { HYPOTHESIS_HELD_LABELS, PHASE_LABELS } from '../words/drills';
import {
  CHECKLIST_LABELS,
  DETECTED_BY_LABELS,
  hintWhenText,
  injectDueText,
} from '../words/drill-kit';
import type { Fact } from './fact';

export interface KitLine {
  readonly key: string;
  readonly text: string;
  /** When it applied or was due. */
  readonly plan: string;
  /** Delivered, skipped, given, done, not done… */
  readonly outcome: string;
  /** "+5:02 (14:05:02)", or "—". */
  readonly when: string;
}

export interface KitChecklist {
  readonly title: string;
  readonly summary: string;
  readonly lines: readonly KitLine[];
}

export interface KitReport {
  /** Who confirmed each prerequisite; empty when the drill had no go / no-go. */
  readonly goNoGo: readonly KitLine[];
  readonly injects: readonly KitLine[];
  readonly hints: readonly KitLine[];
  readonly checklists: readonly KitChecklist[];
  readonly results: readonly Fact[];
}

const percent = (done: number, total: number) =>
  `${done} of ${total} (${Math.round((done / total) * 100)} %)`;

export function kitReport(
  drill: DrillRecord,
  state: RunState,
  timeOfDay: (at: EpochMs) => string,
): KitReport {
  const run = deriveKitRun(state.events);
  const start = boundaryOf(state, 'start')?.at;
  const when = (at: EpochMs | null | undefined) =>
    at === null || at === undefined
      ? '—'
      : `${formatOffset(at, start) || '+0:00'} (${timeOfDay(at)})`;
  const { kit } = drill;
  const goNoGo = (run.go?.confirmed ?? []).map((c, index) => ({
    key: `go-${index}`,
    text: c.prerequisite,
    plan: 'Before the start',
    outcome: `Confirmed by ${c.by}`,
    when: run.go === null ? '—' : timeOfDay(run.go.at),
  }));
  const injects = kit.injects.map((inject, index) => {
    const settled = run.injects.get(index);
    return {
      key: `inject-${index}`,
      text: inject.text,
      plan: injectDueText(inject),
      outcome:
        settled === undefined
          ? 'Not delivered'
          : settled.outcome === 'delivered'
            ? 'Delivered'
            : 'Skipped',
      when: when(settled?.at),
    };
  });
  const hints = kit.hints.map((hint, index) => {
    const given = run.hints.get(index);
    return {
      key: `hint-${index}`,
      text: hint.text,
      plan: hintWhenText(hint.phase),
      outcome: given === undefined ? 'Not given' : 'Given',
      when: when(given),
    };
  });
  const summaries = checklistSummaries(kit, run);
  const checklists = summaries.map((summary) => ({
    title: CHECKLIST_LABELS[summary.list],
    summary:
      summary.total === 0 ? 'None in this drill' : `${percent(summary.done, summary.total)} done`,
    lines: summary.lines.map((line) => ({
      key: `${summary.list}-${line.item}`,
      text: line.text,
      plan: observerPhase(drill, summary.list, line.item),
      outcome: line.done ? 'Done' : 'Not done',
      when: when(line.at),
    })),
  }));
  const completion = checklistCompletion(summaries);
  const { review } = drill;
  const results: Fact[] = [
    {
      label: 'Hypothesis held',
      value: review === null ? 'Not reviewed yet' : HYPOTHESIS_HELD_LABELS[review.hypothesisHeld],
    },
    {
      label: 'Detected',
      value:
        review === null || review.detectedBy === null
          ? 'Not said'
          : DETECTED_BY_LABELS[review.detectedBy],
    },
    {
      label: 'Checklist completion',
      value: completion === null ? 'No checklists' : percent(completion.done, completion.total),
    },
  ];
  return { goNoGo, injects, hints, checklists, results };
}

function observerPhase(drill: DrillRecord, list: ChecklistId, item: number): string {
  const phase = list === 'observer' ? drill.kit.observerChecklist[item]?.phase : undefined;
  return phase === undefined ? 'Any time' : `In ${PHASE_LABELS[phase]}`;
}

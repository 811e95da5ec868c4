// The gap and roadmap part of the assessment report: the target of each category against its
// level in this assessment, the criteria in between (as on the Targets screen, but from this
// assessment rather than the latest one), and the team's action items.
//
// Which action items: every item raised from this assessment's gaps, whatever its status, and the
// team's other items that are not done yet (from drills, other assessments or added by hand). Done
// items of other sources are history, not roadmap. Order: as every action item list of the app
// (unfinished first, then due date with none last, title, id).
import type { Id } from '../records/common';
import type { PersonRecord } from '../records/people';
import type { AssessmentRecord } from '../records/assessments';
import type { AnswerValue } from '../records/answers';
import type { ActionItemRecord } from '../records/action-items';
import { compareActionItems, ownerName } from '../action-items/action-item-rules';
import { ACTION_ITEM_STATUS_LABELS } from '../words/action-items';
import { ANSWER_LABELS, levelText } from '../words/assessments';
import { gapList } from '../maturity/gaps';
import { levelName, type MaturityModel } from '../maturity/model-types';
import type { AssessmentResult } from '../maturity/scoring';
import { countOf } from '../text/plural';
import type { ReportDrillRef } from './assessment-report-criteria';
import { formatIsoDate } from '../dates/format';

export interface TargetRow {
  readonly categoryId: string;
  readonly name: string;
  readonly current: string;
  /** "3 · Defined", or "No target". */
  readonly target: string;
  /** "4 criteria to meet", "At or above target" or "—" without a target. */
  readonly gap: string;
}

export interface GapCriterion {
  readonly id: string;
  readonly level: number;
  readonly text: string;
  /** What evidence of it looks like: the Targets screen shows it under every gap. */
  readonly guidance: string;
  /** As the Targets screen says it: "(answered Partly)", "(answered nothing)". */
  readonly answered: string;
  /** Action items raised from this assessment for this criterion: "Title · Open · due 3 Apr 2026". */
  readonly actions: readonly string[];
}

export interface GapCategory {
  readonly categoryId: string;
  /** "Technology: level 2 → 3 (Defined)". */
  readonly heading: string;
  readonly criteria: readonly GapCriterion[];
}

export interface ActionItemRow {
  readonly id: Id;
  readonly title: string;
  readonly owner: string;
  readonly due: string;
  readonly status: string;
  /** Where the item comes from: "This assessment", "Drill: …", "Added by hand". */
  readonly source: string;
}

export interface Roadmap {
  readonly targets: readonly TargetRow[];
  /** One sentence on the size of the gap. */
  readonly summary: string;
  readonly gaps: readonly GapCategory[];
  readonly actionItems: readonly ActionItemRow[];
  /** Which action items are listed, in words. */
  readonly actionItemsRule: string;
}

export interface RoadmapContext {
  readonly model: MaturityModel;
  readonly assessment: AssessmentRecord;
  readonly result: AssessmentResult;
  readonly values: ReadonlyMap<string, AnswerValue | null>;
  readonly targets: ReadonlyMap<string, number>;
  readonly actionItems: readonly ActionItemRecord[];
  readonly people: readonly PersonRecord[];
  readonly drills: ReadonlyMap<Id, ReportDrillRef>;
  /** Dates of the team's other assessments, to name an item's source. */
  readonly assessmentDates: ReadonlyMap<Id, string>;
}

export const ACTION_ITEMS_RULE =
  'Every action item raised from this assessment, and the team’s other action items that are not done yet. Unfinished items first, each group soonest due first; items without a due date last.';

export function roadmapOf(context: RoadmapContext): Roadmap {
  const { model, result, values, targets } = context;
  const gaps = gapList(model, result, values, targets);
  const total = gaps.reduce((sum, category) => sum + category.gaps.length, 0);
  const mine = context.actionItems.filter((item) =>
    fromThisAssessment(item, context.assessment.id),
  );
  return {
    targets: gaps.map((category) => {
      const name = categoryName(model, category.categoryId);
      const target = targets.get(category.categoryId);
      return {
        categoryId: category.categoryId,
        name,
        current: levelText(model, category.current),
        target: target === undefined ? 'No target' : levelText(model, target),
        gap:
          target === undefined
            ? '—'
            : category.gaps.length === 0
              ? 'At or above target'
              : `${countOf(category.gaps.length, 'criterion', 'criteria')} to meet`,
      };
    }),
    summary: gapSummary(targets.size, total),
    gaps: gaps
      .filter((category) => category.gaps.length > 0)
      .map((category) => ({
        categoryId: category.categoryId,
        heading: `${categoryName(model, category.categoryId)}: level ${category.current} → ${category.target} (${levelName(model, category.target)})`,
        criteria: category.gaps.map((gap) => ({
          id: gap.criterion.id,
          level: gap.criterion.level,
          text: gap.criterion.text,
          guidance: gap.criterion.guidance,
          answered: `(answered ${gap.value === null ? 'nothing' : ANSWER_LABELS[gap.value]})`,
          actions: mine
            .filter((item) => item.source.criterionId === gap.criterion.id)
            .sort(compareActionItems)
            .map((item) => actionLine(item)),
        })),
      })),
    actionItems: context.actionItems
      .filter((item) => fromThisAssessment(item, context.assessment.id) || item.status !== 'done')
      .sort(compareActionItems)
      .map((item) => actionRow(item, context)),
    actionItemsRule: ACTION_ITEMS_RULE,
  };
}

function gapSummary(targetCount: number, total: number): string {
  if (targetCount === 0) return 'The team has no targets yet: set them on the Targets screen.';
  if (total === 0) return 'Every category with a target is at or above it.';
  return `${countOf(total, 'criterion stands', 'criteria stand')} between this assessment and the team’s targets.`;
}

function categoryName(model: MaturityModel, categoryId: string): string {
  return model.categories.find((category) => category.id === categoryId)?.name ?? categoryId;
}

function fromThisAssessment(item: ActionItemRecord, assessmentId: Id): boolean {
  return item.source.kind === 'assessment' && item.source.id === assessmentId;
}

function actionLine(item: ActionItemRecord): string {
  const due = item.due === null ? '' : ` · due ${formatIsoDate(item.due)}`;
  return `${item.title} · ${ACTION_ITEM_STATUS_LABELS[item.status]}${due}`;
}

function actionRow(item: ActionItemRecord, context: RoadmapContext): ActionItemRow {
  return {
    id: item.id,
    title: item.title,
    owner: ownerName(item.ownerId, context.people),
    due: item.due === null ? 'No due date' : formatIsoDate(item.due),
    status: ACTION_ITEM_STATUS_LABELS[item.status],
    source: sourceText(item, context),
  };
}

function sourceText(item: ActionItemRecord, context: RoadmapContext): string {
  const { source } = item;
  switch (source.kind) {
    case 'manual':
      return 'Added by hand';
    case 'drill': {
      const drill = source.id === null ? undefined : context.drills.get(source.id);
      return drill === undefined
        ? 'A drill'
        : `Drill: ${drill.title} · ${formatIsoDate(drill.date)}`;
    }
    case 'assessment': {
      if (source.id === context.assessment.id) return 'This assessment';
      const date = source.id === null ? undefined : context.assessmentDates.get(source.id);
      return date === undefined ? 'Another assessment' : `Assessment of ${formatIsoDate(date)}`;
    }
  }
}

// The category sections of the assessment report: every criterion of every level, in the model's
// order, with the agreed answer and its evidence. Only the agreed answers are printed: they are
// the ones that score (raters' own answers stay on the reconcile screen).
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { AnswerRecord } from '../records/answers';
import { ANSWER_LABELS, levelText } from '../words/assessments';
import { evidenceAge, STALE_LABEL } from '../maturity/evidence-age';
import type { MaturityModel } from '../maturity/model-types';
import { formatScore, type AssessmentResult } from '../maturity/scoring';
import { countOf } from '../text/plural';
import { formatIsoDate } from '../dates/format';

/** A drill a criterion's evidence points to, as the report can still name it. */
export interface ReportDrillRef {
  readonly id: Id;
  readonly title: string;
  readonly date: IsoDate;
}

export interface EvidenceLines {
  readonly text: string;
  /** Written out in full: a printed link is only useful as text. */
  readonly links: readonly string[];
  /** "Drill: Database failover · 3 Feb 2026", by date then id; deleted drills last. */
  readonly drills: readonly string[];
  /** The stale note when every dated piece is older than the stale limit, else null. */
  readonly stale: string | null;
}

export interface CriterionRow {
  readonly id: string;
  readonly level: number;
  readonly text: string;
  /** "Yes", "Partly", "Not applicable", … or "Unanswered". */
  readonly answer: string;
  readonly answered: boolean;
  /** Why it is not applicable; null unless the answer is N/A. */
  readonly naReason: string | null;
  readonly evidence: EvidenceLines | null;
}

export interface CategorySection {
  readonly id: string;
  readonly name: string;
  /** "Level 2 · Managed · score 2.4". */
  readonly headline: string;
  /** "3 criteria unanswered: they count as No." or null. */
  readonly unanswered: string | null;
  readonly rows: readonly CriterionRow[];
}

export interface CriteriaContext {
  readonly model: MaturityModel;
  readonly result: AssessmentResult;
  /** The agreed answers of the assessment, by criterion id. */
  readonly agreed: ReadonlyMap<string, AnswerRecord>;
  /** Every drill of the team the report can name, by id. */
  readonly drills: ReadonlyMap<Id, ReportDrillRef>;
  /** The day evidence age is judged at (the assessment's date once final). */
  readonly judgedAt: IsoDate;
  /** Raters answer apart: an unanswered criterion is one the facilitator has not agreed yet. */
  readonly severalRaters: boolean;
  readonly timeZoneOffsetMinutes: number | ((at: EpochMs) => number);
}

export const DELETED_DRILL = 'A drill that has been deleted';
export const UNANSWERED = 'Unanswered';

export function categorySections(context: CriteriaContext): CategorySection[] {
  const { model, result, agreed } = context;
  return model.categories.map((category) => {
    const scored = result.categories.find((entry) => entry.categoryId === category.id);
    const level = scored?.level ?? 1;
    const unanswered = scored?.unanswered ?? 0;
    const rows = [...category.levels]
      .sort((a, b) => a.level - b.level)
      .flatMap((entry) =>
        entry.criteria.map((criterion) =>
          criterionRow(
            criterion.id,
            entry.level,
            criterion.text,
            agreed.get(criterion.id),
            context,
          ),
        ),
      );
    return {
      id: category.id,
      name: category.name,
      headline: `Level ${levelText(model, level)} · score ${formatScore(scored?.score ?? 1)}`,
      unanswered: unansweredNote(unanswered, context.severalRaters),
      rows,
    };
  });
}

function unansweredNote(unanswered: number, severalRaters: boolean): string | null {
  if (unanswered === 0) return null;
  return severalRaters
    ? `${countOf(unanswered, 'criterion has', 'criteria have')} no agreed answer yet: counted as No until agreed.`
    : `${countOf(unanswered, 'criterion is', 'criteria are')} unanswered: counted as No until answered.`;
}

function criterionRow(
  id: string,
  level: number,
  text: string,
  answer: AnswerRecord | undefined,
  context: CriteriaContext,
): CriterionRow {
  const value = answer?.value ?? null;
  return {
    id,
    level,
    text,
    answer: value === null ? UNANSWERED : ANSWER_LABELS[value],
    answered: value !== null,
    naReason: value === 'na' ? answer?.naReason.trim() || 'No reason recorded.' : null,
    evidence: answer === undefined ? null : evidenceLines(answer, context),
  };
}

function evidenceLines(answer: AnswerRecord, context: CriteriaContext): EvidenceLines | null {
  const { evidence } = answer;
  const text = evidence.text.trim();
  if (text === '' && evidence.links.length === 0 && evidence.drillIds.length === 0) return null;
  const known = evidence.drillIds
    .flatMap((id) => {
      const drill = context.drills.get(id);
      return drill === undefined ? [] : [drill];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const deleted = evidence.drillIds.length - known.length;
  const age = evidenceAge({
    evidence,
    drillDates: new Map(known.map((drill) => [drill.id, drill.date])),
    judgedAt: context.judgedAt,
    timeZoneOffsetMinutes: context.timeZoneOffsetMinutes,
  });
  return {
    text,
    links: evidence.links,
    drills: [
      ...known.map((drill) => `Drill: ${drill.title} · ${formatIsoDate(drill.date)}`),
      ...Array.from({ length: deleted }, () => DELETED_DRILL),
    ],
    stale: age.stale ? STALE_LABEL : null,
  };
}

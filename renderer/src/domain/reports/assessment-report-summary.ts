// The first pages of the assessment report: the cover facts, the summary (overall level, the table
// per category and the radar of the result screen) and the level history of the final assessments.
import { levelHistory, modelChangeNote } from '../maturity/level-history';
import type { AssessmentRecord } from '../records/assessments';
import { assessmentRadar, type RadarModel } from '../maturity/assessment-radar';
import type { MaturityModel } from '../maturity/model-types';
import { provisionalNote } from '../maturity/provisional';
import { formatScore, type AssessmentResult } from '../maturity/scoring';
import { levelText } from '../words/assessments';
import { formatIsoDate, formatIsoMonth } from '../dates/format';
import type { Fact } from './fact';

/** The parts of a scored assessment the summary reads (structurally a ScoredEntry). */
interface Scored {
  readonly assessment: AssessmentRecord;
  readonly model: MaturityModel;
  readonly result: AssessmentResult;
}

export interface Cover {
  readonly facts: readonly Fact[];
  /** Said before anything else: a draft, provisional figures. */
  readonly notices: readonly string[];
}

export interface SummaryRow {
  readonly categoryId: string;
  readonly name: string;
  readonly level: string;
  readonly score: string;
  readonly target: string;
  readonly previous: string;
}

export interface Summary {
  /** "2 · Managed", with "(provisional)" while criteria are unanswered. */
  readonly overallLevel: string;
  readonly overallScore: string;
  readonly rows: readonly SummaryRow[];
  /** Which assessment "previous" is, in words. */
  readonly previousNote: string;
  readonly radar: RadarModel;
}

export interface HistoryCategory {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly target: number | null;
  readonly points: readonly {
    readonly label: string;
    readonly level: number;
    readonly modelChange?: string;
  }[];
}

export interface History {
  readonly note: string;
  readonly levelNames: readonly string[];
  readonly categories: readonly HistoryCategory[];
}

export const DRAFT_NOTICE =
  'Draft: this assessment has not been finalised. Its answers, levels and scores may still change.';

export function coverOf(teamName: string, { assessment, model, result }: Scored): Cover {
  const names = (list: readonly { readonly name: string }[]) =>
    list.map((person) => person.name).join(', ');
  const total = model.categories.reduce(
    (sum, category) => sum + category.levels.reduce((n, level) => n + level.criteria.length, 0),
    0,
  );
  const severalRaters = assessment.raters.length >= 2;
  const notices = [
    ...(assessment.status === 'draft' ? [DRAFT_NOTICE] : []),
    ...(result.provisional
      ? [
          `${provisionalNote(result.unanswered, severalRaters)} Figures marked “provisional” may still change.`,
        ]
      : []),
  ];
  return {
    facts: [
      { label: 'Team', value: teamName },
      { label: 'Assessment date', value: formatIsoDate(assessment.takenOn) },
      { label: 'Maturity model', value: `${model.name} (${model.id})` },
      { label: 'Status', value: assessment.status === 'final' ? 'Final' : 'Draft (not final)' },
      { label: 'Facilitator', value: assessment.facilitator },
      { label: 'Participants', value: names(assessment.participants) || 'None recorded' },
      {
        label: 'Raters',
        value: severalRaters
          ? `${names(assessment.raters)}, rating independently; the agreed answers are scored`
          : 'No independent raters: the answers were agreed in the session',
      },
      { label: 'Criteria answered', value: `${total - result.unanswered} of ${total}` },
    ],
    notices,
  };
}

export function summaryOf(
  current: Scored,
  previous: Scored | undefined,
  targets: ReadonlyMap<string, number>,
): Summary {
  const { model, result } = current;
  const mark = (provisional: boolean) => (provisional ? ' (provisional)' : '');
  const before = (categoryId: string) =>
    previous?.result.categories.find((entry) => entry.categoryId === categoryId);
  return {
    overallLevel: `${levelText(model, result.overallLevel)}${mark(result.provisional)}`,
    overallScore: `${formatScore(result.overallScore)}${mark(result.provisional)}`,
    rows: model.categories.map((category) => {
      const scored = result.categories.find((entry) => entry.categoryId === category.id);
      const target = targets.get(category.id);
      const earlier = before(category.id);
      return {
        categoryId: category.id,
        name: category.name,
        // Only a category with unanswered criteria can still change its level.
        level: `${levelText(model, scored?.level ?? 1)}${mark((scored?.unanswered ?? 0) > 0)}`,
        score: formatScore(scored?.score ?? 1),
        target: target === undefined ? '—' : levelText(model, target),
        previous: earlier === undefined ? '—' : `${earlier.level} · ${formatScore(earlier.score)}`,
      };
    }),
    previousNote:
      previous === undefined
        ? 'There is no earlier final assessment to compare with.'
        : `“Previous” is the final assessment of ${formatIsoDate(previous.assessment.takenOn)} (level · score).`,
    radar: assessmentRadar(
      model,
      result,
      previous && { takenOn: previous.assessment.takenOn, result: previous.result },
      targets,
    ),
  };
}

/**
 * The final assessments up to this one (oldest first); null unless there are at least two. Each
 * level is read on the model its assessment was taken with; a change of model is marked and noted.
 */
export function historyOf(
  upToThis: readonly Scored[],
  model: MaturityModel,
  targets: ReadonlyMap<string, number>,
): History | null {
  const finals = upToThis.filter((entry) => entry.assessment.status === 'final');
  if (finals.length < 2) return null;
  const history = levelHistory(
    finals.map((entry) => ({
      label: formatIsoMonth(entry.assessment.takenOn),
      model: entry.model,
      result: entry.result,
    })),
  );
  const changes = modelChangeNote(history.modelChanges);
  return {
    note: `The level of each category at the team’s ${finals.length} final assessments up to this one, oldest on the left. The dashed line is the target level.${changes === null ? '' : ` ${changes}`}`,
    levelNames: model.levels.map((level) => level.name),
    categories: history.categories.map((category) => ({
      id: category.id,
      name: category.name,
      title: `${category.name}: level at each final assessment`,
      target: targets.get(category.id) ?? null,
      points: category.points,
    })),
  };
}

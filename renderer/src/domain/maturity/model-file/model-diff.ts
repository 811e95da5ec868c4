// What differs between two models, criterion by criterion, matched by id: the criteria both have
// (with what changed in them), and those only one has. Assessments taken against different models
// are compared and charted through this, so no criterion is ever dropped without being named.
import { EVIDENCE_SOURCES, type EvidenceSource, type RuleField } from '../evidence-rules';
import { criteriaOf, type MaturityModel, type PlacedCriterion } from '../model-types';
import { canonicalJson } from '../../text/canonical-json';
import { sameModel } from './same-model';

export type CriterionChange = 'text' | 'guidance' | 'category' | 'level' | RuleField;

export interface SharedCriterion {
  readonly id: string;
  readonly before: PlacedCriterion;
  readonly after: PlacedCriterion;
  /** Empty when the criterion is the same in both models. */
  readonly changes: readonly CriterionChange[];
}

export interface ModelDifferences {
  /** True when the models are the same in every field (ids aside, if they differ). */
  readonly identical: boolean;
  /** Criteria in both models, in the order of the `after` model. */
  readonly shared: readonly SharedCriterion[];
  /** Criteria only the `before` model has, in its order. */
  readonly onlyBefore: readonly PlacedCriterion[];
  /** Criteria only the `after` model has, in its order. */
  readonly onlyAfter: readonly PlacedCriterion[];
  /** Category ids only one model has. */
  readonly categoriesOnlyBefore: readonly string[];
  readonly categoriesOnlyAfter: readonly string[];
}

export function compareModels(before: MaturityModel, after: MaturityModel): ModelDifferences {
  const beforeById = new Map(criteriaOf(before).map((criterion) => [criterion.id, criterion]));
  const afterCriteria = criteriaOf(after);
  const afterIds = new Set(afterCriteria.map((criterion) => criterion.id));
  const shared = afterCriteria.flatMap((criterion) => {
    const earlier = beforeById.get(criterion.id);
    return earlier === undefined
      ? []
      : [
          {
            id: criterion.id,
            before: earlier,
            after: criterion,
            changes: changesOf(earlier, criterion),
          },
        ];
  });
  const beforeCategories = before.categories.map((category) => category.id);
  const afterCategories = after.categories.map((category) => category.id);
  return {
    identical: sameModel({ ...before, id: after.id }, after),
    shared,
    onlyBefore: criteriaOf(before).filter((criterion) => !afterIds.has(criterion.id)),
    onlyAfter: afterCriteria.filter((criterion) => !beforeById.has(criterion.id)),
    categoriesOnlyBefore: beforeCategories.filter((id) => !afterCategories.includes(id)),
    categoriesOnlyAfter: afterCategories.filter((id) => !beforeCategories.includes(id)),
  };
}

function changesOf(before: PlacedCriterion, after: PlacedCriterion): CriterionChange[] {
  const changes: CriterionChange[] = [];
  if (before.text !== after.text) changes.push('text');
  if (before.guidance !== after.guidance) changes.push('guidance');
  if (before.categoryId !== after.categoryId) changes.push('category');
  if (before.level !== after.level) changes.push('level');
  for (const source of Object.keys(EVIDENCE_SOURCES) as EvidenceSource[]) {
    const field = EVIDENCE_SOURCES[source].field;
    if (canonicalJson(before[field]) !== canonicalJson(after[field])) changes.push(field);
  }
  return changes;
}

// Answers in a backup are checked with the rule the answering screen applies (whyNotAnswerable):
// an answer is to a criterion of its assessment's model. An answer to anything else would be
// stored as an orphan that no screen shows and no score counts. (Who answered is not checked:
// answers kept from before independent raters existed name raters the assessment does not list.)
// An assessment must name a model this app has or the file brings (./models-check).
import { isCriterionOf, NOT_A_CRITERION } from '../../domain/maturity/assessment-lifecycle';
import type { MaturityModel } from '../../domain/maturity/model-types';
import type { Id } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { Problem } from '../../domain/outcome';
import type { BackupRecords } from './format';
import { recordProblem, showValue } from './messages';
import type { StoredOwners } from './references';

/**
 * `stored`: the assessments this database holds that the file's answers name but do not carry;
 * `modelOf`: the models the merged data has (built in, stored, or in the file).
 */
export function checkAnswers(
  records: BackupRecords,
  stored: StoredOwners,
  modelOf: (id: string) => MaturityModel | undefined,
): Problem | null {
  for (const [index, assessment] of records.assessments.entries()) {
    if (modelOf(assessment.modelId) === undefined) {
      return recordProblem(
        { store: 'assessments', index, id: assessment.id },
        'modelId',
        `names the maturity model ${showValue(assessment.modelId)}, which neither this app nor the file has`,
      );
    }
  }
  const inFile = new Map<Id, AssessmentRecord>(records.assessments.map((a) => [a.id, a]));
  for (const [index, answer] of records.answers.entries()) {
    const assessment =
      inFile.get(answer.assessmentId) ?? stored.assessments?.get(answer.assessmentId);
    // An answer without its assessment is refused by the owner check before this one.
    if (assessment === undefined) continue;
    if (!isCriterionOf(modelOf(assessment.modelId), answer.criterionId)) {
      return recordProblem(
        { store: 'answers', index, id: answer.id },
        'criterionId',
        `is ${showValue(answer.criterionId)}: ${lowerFirst(NOT_A_CRITERION.replace(/\.$/u, ''))}`,
      );
    }
  }
  return null;
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

// Maturity assessments and their answers. Answers are stored one record per rater and criterion;
// the agreed rater's answers are the ones that score. A final assessment is read-only: every write
// checks the status inside its transaction, so a second window cannot change a finalised one.
import {
  validateAnswer,
  validateEvidence,
  validateStart,
  type AnswerInput,
  type EvidenceInput,
  type StartField,
  type StartInput,
} from '../../domain/maturity/assessment-rules';
import { criteriaOf } from '../../domain/maturity/model-types';
import { CURRENT_MODEL, findModel } from '../../domain/maturity/models';
import type { Validated } from '../../domain/validation';
import type { Id, IsoDate } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import { AGREED_RATER_ID, type AnswerRecord } from '../../domain/records/answers';
import type { RepositoryContext } from './context';

export interface AssessmentsRepository {
  /** Oldest first (by date taken, then by creation). */
  listForTeam(teamId: Id): Promise<AssessmentRecord[]>;
  get(id: Id): Promise<AssessmentRecord | undefined>;
  start(teamId: Id, input: StartInput): Promise<Validated<AssessmentRecord, StartField>>;
  /** Every answer of every rater of the assessment. */
  answers(assessmentId: Id): Promise<AnswerRecord[]>;
  /** Every answer of every assessment of the team, for history and comparison. */
  answersForTeam(teamId: Id): Promise<AnswerRecord[]>;
  saveAnswer(
    assessmentId: Id,
    raterId: Id,
    criterionId: string,
    input: AnswerInput,
  ): Promise<Validated<AnswerRecord, 'value' | 'naReason'>>;
  saveEvidence(
    assessmentId: Id,
    raterId: Id,
    criterionId: string,
    input: EvidenceInput,
  ): Promise<Validated<AnswerRecord, 'text' | 'links' | 'drillIds'>>;
  /** Records the raters' answer as agreed wherever all raters gave the same one and none is agreed yet. */
  acceptUnanimous(assessmentId: Id): Promise<number>;
  finalise(id: Id): Promise<Validated<AssessmentRecord, 'status'>>;
  /** A new draft from a final assessment, with its agreed answers and evidence as the start. */
  clone(id: Id, takenOn: IsoDate): Promise<Validated<AssessmentRecord, 'status'>>;
  remove(id: Id): Promise<void>;
}

const GONE = 'This assessment has been deleted.';
const FINAL =
  'This assessment is final and can no longer be changed. Clone it to start the next one.';

const EMPTY_EVIDENCE = { text: '', links: [], drillIds: [] } as const;

export function createAssessmentsRepository(context: RepositoryContext): AssessmentsRepository {
  const { db, now, newId } = context;
  const answersOf = (assessmentId: Id) =>
    db.answers.where('assessmentId').equals(assessmentId).toArray();

  /** The writable assessment, or the message saying why it is not. */
  async function writable(assessmentId: Id): Promise<AssessmentRecord | string> {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) return GONE;
    if (assessment.status === 'final') return FINAL;
    return assessment;
  }

  function checkTarget(assessment: AssessmentRecord, raterId: Id, criterionId: string) {
    const model = findModel(assessment.modelId);
    if (!model || !criteriaOf(model).some((criterion) => criterion.id === criterionId)) {
      return 'This criterion is not part of the assessment’s model.';
    }
    const raters = assessment.raters.map((rater) => rater.id);
    if (raterId !== AGREED_RATER_ID && !raters.includes(raterId)) {
      return 'This person is not a rater of the assessment.';
    }
    return null;
  }

  /** Finds the answer record of a rater and criterion, or makes an empty one. */
  async function answerRecord(assessment: AssessmentRecord, raterId: Id, criterionId: string) {
    const existing = await db.answers
      .where('[assessmentId+raterId]')
      .equals([assessment.id, raterId])
      .filter((answer) => answer.criterionId === criterionId)
      .first();
    if (existing) return existing;
    const at = now();
    const created: AnswerRecord = {
      id: newId(),
      assessmentId: assessment.id,
      teamId: assessment.teamId,
      raterId,
      criterionId,
      value: null,
      naReason: '',
      evidence: { ...EMPTY_EVIDENCE, updatedAt: at },
      createdAt: at,
      updatedAt: at,
    };
    return created;
  }

  async function touch(assessment: AssessmentRecord, at: number) {
    await db.assessments.put({ ...assessment, updatedAt: at });
  }

  return {
    listForTeam: async (teamId) =>
      (await db.assessments.where('teamId').equals(teamId).toArray()).sort(
        (a, b) => a.takenOn.localeCompare(b.takenOn) || a.createdAt - b.createdAt,
      ),

    get: (id) => db.assessments.get(id),

    start: (teamId, input) =>
      db.transaction('rw', db.teams, db.assessments, async () => {
        if (!(await db.teams.get(teamId))) {
          return { ok: false, errors: { facilitator: 'This team has been deleted.' } } as const;
        }
        const checked = validateStart(input);
        if (!checked.ok) return checked;
        const at = now();
        const record: AssessmentRecord = {
          id: newId(),
          teamId,
          modelId: CURRENT_MODEL.id,
          status: 'draft',
          ...checked.value,
          finalisedAt: null,
          clonedFrom: null,
          createdAt: at,
          updatedAt: at,
        };
        await db.assessments.add(record);
        return { ok: true, value: record } as const;
      }),

    answers: answersOf,
    answersForTeam: (teamId) => db.answers.where('teamId').equals(teamId).toArray(),

    saveAnswer: (assessmentId, raterId, criterionId, input) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await writable(assessmentId);
        if (typeof assessment === 'string') return { ok: false, errors: { value: assessment } };
        const wrong = checkTarget(assessment, raterId, criterionId);
        if (wrong !== null) return { ok: false, errors: { value: wrong } };
        const checked = validateAnswer(input);
        if (!checked.ok) return checked;
        const existing = await answerRecord(assessment, raterId, criterionId);
        if (
          existing.value === checked.value.value &&
          existing.naReason === checked.value.naReason
        ) {
          return { ok: true, value: existing };
        }
        const at = now();
        const saved: AnswerRecord = { ...existing, ...checked.value, updatedAt: at };
        await db.answers.put(saved);
        await touch(assessment, at);
        return { ok: true, value: saved };
      }),

    saveEvidence: (assessmentId, raterId, criterionId, input) =>
      db.transaction('rw', db.assessments, db.answers, db.drills, async () => {
        const assessment = await writable(assessmentId);
        if (typeof assessment === 'string') return { ok: false, errors: { text: assessment } };
        const wrong = checkTarget(assessment, raterId, criterionId);
        if (wrong !== null) return { ok: false, errors: { text: wrong } };
        const checked = validateEvidence(input);
        if (!checked.ok) return checked;
        const { text, links, drillIds } = checked.value;
        const drills = await db.drills.bulkGet([...drillIds]);
        if (drills.some((drill) => drill?.teamId !== assessment.teamId)) {
          return { ok: false, errors: { drillIds: 'Choose drills recorded for this team.' } };
        }
        const existing = await answerRecord(assessment, raterId, criterionId);
        const sameList = (a: readonly string[], b: readonly string[]) =>
          a.length === b.length && a.every((item, index) => item === b[index]);
        const same =
          existing.evidence.text === text &&
          sameList(existing.evidence.links, links) &&
          sameList(existing.evidence.drillIds, drillIds);
        if (same) return { ok: true, value: existing };
        const at = now();
        const saved: AnswerRecord = {
          ...existing,
          evidence: { ...existing.evidence, text, links, drillIds, updatedAt: at },
          updatedAt: at,
        };
        await db.answers.put(saved);
        await touch(assessment, at);
        return { ok: true, value: saved };
      }),

    acceptUnanimous: (assessmentId) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await writable(assessmentId);
        if (typeof assessment === 'string' || assessment.raters.length === 0) return 0;
        const answers = await answersOf(assessmentId);
        const byCriterion = new Map<string, AnswerRecord[]>();
        for (const answer of answers) {
          byCriterion.set(answer.criterionId, [
            ...(byCriterion.get(answer.criterionId) ?? []),
            answer,
          ]);
        }
        let accepted = 0;
        const at = now();
        for (const [criterionId, group] of byCriterion) {
          const agreed = group.find((answer) => answer.raterId === AGREED_RATER_ID);
          if (agreed && agreed.value !== null) continue;
          const values = assessment.raters.map(
            (rater) => group.find((answer) => answer.raterId === rater.id) ?? null,
          );
          const first = values[0];
          if (!first || first.value === null) continue;
          if (!values.every((v) => v?.value === first.value && v.naReason === first.naReason)) {
            continue;
          }
          const base = agreed ?? (await answerRecord(assessment, AGREED_RATER_ID, criterionId));
          await db.answers.put({
            ...base,
            value: first.value,
            naReason: first.naReason,
            updatedAt: at,
          });
          accepted += 1;
        }
        if (accepted > 0) await touch(assessment, at);
        return accepted;
      }),

    finalise: (id) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await writable(id);
        if (typeof assessment === 'string') return { ok: false, errors: { status: assessment } };
        const model = findModel(assessment.modelId);
        const agreed = new Set(
          (await answersOf(id))
            .filter((answer) => answer.raterId === AGREED_RATER_ID && answer.value !== null)
            .map((answer) => answer.criterionId),
        );
        const missing = model ? criteriaOf(model).filter((c) => !agreed.has(c.id)).length : 0;
        if (missing > 0) {
          const noun = missing === 1 ? 'criterion has' : 'criteria have';
          return {
            ok: false,
            errors: {
              status: `${missing} ${noun} no agreed answer yet. Answer every criterion before finalising.`,
            },
          };
        }
        const at = now();
        const final: AssessmentRecord = {
          ...assessment,
          status: 'final',
          finalisedAt: at,
          updatedAt: at,
        };
        await db.assessments.put(final);
        return { ok: true, value: final };
      }),

    clone: (id, takenOn) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        const source = await db.assessments.get(id);
        if (!source) return { ok: false, errors: { status: GONE } };
        if (source.status !== 'final') {
          return { ok: false, errors: { status: 'Only a final assessment can be cloned.' } };
        }
        const at = now();
        const copy: AssessmentRecord = {
          ...source,
          id: newId(),
          // A clone is taken against today's model: answers to criteria it no longer has drop out.
          modelId: CURRENT_MODEL.id,
          status: 'draft',
          takenOn,
          finalisedAt: null,
          clonedFrom: source.id,
          createdAt: at,
          updatedAt: at,
        };
        const known = new Set(criteriaOf(CURRENT_MODEL).map((criterion) => criterion.id));
        const answers = (await answersOf(id))
          .filter((answer) => answer.raterId === AGREED_RATER_ID && known.has(answer.criterionId))
          .map((answer): AnswerRecord => ({
            ...answer,
            id: newId(),
            assessmentId: copy.id,
            createdAt: at,
            updatedAt: at,
          }));
        await db.assessments.add(copy);
        await db.answers.bulkAdd(answers);
        return { ok: true, value: copy };
      }),

    remove: (id) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        await db.answers.where('assessmentId').equals(id).delete();
        await db.assessments.delete(id);
      }),
  };
}

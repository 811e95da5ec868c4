// Maturity assessments and their answers. Answers are stored one record per rater and criterion;
// the agreed rater's answers are the ones that score. A final assessment is read-only: every write
// asks the domain's rules (assessment-lifecycle) inside its transaction, so a second window cannot
// change a finalised one.
import {
  validateAnswer,
  validateEvidence,
  validateStart,
  type AnswerInput,
  type EvidenceField,
  type EvidenceInput,
  type StartField,
  type StartInput,
} from '../../domain/maturity/assessment-rules';
import { agreedAnswers } from '../../domain/maturity/answers';
import {
  answersToCarry,
  sameEvidence,
  whyNotAnswerable,
  whyNotClonable,
  whyNotFinalisable,
  whyReadOnly,
} from '../../domain/maturity/assessment-lifecycle';
import { findModel } from '../../domain/maturity/models';
import { unanimousToAccept } from '../../domain/maturity/reconcile';
import { fail, refuse, succeed, type Outcome } from '../../domain/outcome';
import type { Id, IsoDate } from '../../domain/records/common';
import type { AssessmentRecord } from '../../domain/records/assessments';
import { AGREED_RATER_ID, type AnswerRecord } from '../../domain/records/answers';
import type { RepositoryContext } from './context';
import { createModelsRepository } from './models.repository';

export interface AssessmentsRepository {
  /** Oldest first (by date taken, then by creation). */
  listForTeam(teamId: Id): Promise<AssessmentRecord[]>;
  get(id: Id): Promise<AssessmentRecord | undefined>;
  start(teamId: Id, input: StartInput): Promise<Outcome<AssessmentRecord, StartField>>;
  /** Every answer of every rater of the assessment. */
  answers(assessmentId: Id): Promise<AnswerRecord[]>;
  /** Every answer of every assessment of the team, for history and comparison. */
  answersForTeam(teamId: Id): Promise<AnswerRecord[]>;
  saveAnswer(
    assessmentId: Id,
    raterId: Id,
    criterionId: string,
    input: AnswerInput,
  ): Promise<Outcome<AnswerRecord, 'value' | 'naReason'>>;
  saveEvidence(
    assessmentId: Id,
    raterId: Id,
    criterionId: string,
    input: EvidenceInput,
  ): Promise<Outcome<AnswerRecord, EvidenceField>>;
  /** Records the raters' answer as agreed wherever all raters gave the same one and none is agreed yet. */
  acceptUnanimous(assessmentId: Id): Promise<number>;
  finalise(id: Id): Promise<Outcome<AssessmentRecord>>;
  /** A new draft from a final assessment, with its agreed answers and evidence as the start. */
  clone(id: Id, takenOn: IsoDate): Promise<Outcome<AssessmentRecord>>;
  remove(id: Id): Promise<void>;
}

function unknownTeamModel(modelId: string): string {
  return `The team's maturity model ${modelId} is not in this app. Choose a model in the team's settings.`;
}

const EMPTY_EVIDENCE = { text: '', links: [], drillIds: [] } as const;

export function createAssessmentsRepository(context: RepositoryContext): AssessmentsRepository {
  const { db, now, newId } = context;
  // Imported models are read from their files before a transaction (parsing may load the reader).
  const models = createModelsRepository(context);
  const answersOf = (assessmentId: Id) =>
    db.answers.where('assessmentId').equals(assessmentId).toArray();

  /** The assessment whose answer of `raterId` to `criterionId` may change, or why it may not. */
  async function answerable(
    assessmentId: Id,
    raterId: Id,
    criterionId: string,
  ): Promise<AssessmentRecord | string> {
    const assessment = await db.assessments.get(assessmentId);
    const readOnly = whyReadOnly(assessment);
    if (readOnly !== null || assessment === undefined) return readOnly ?? '';
    const model = findModel(assessment.modelId);
    return whyNotAnswerable(assessment, model, raterId, criterionId) ?? assessment;
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
    listForTeam: async (teamId) => {
      await models.load();
      return (await db.assessments.where('teamId').equals(teamId).toArray()).sort(
        (a, b) => a.takenOn.localeCompare(b.takenOn) || a.createdAt - b.createdAt,
      );
    },

    get: async (id) => {
      // Read first, so a screen that reads an assessment can read its model.
      await models.load();
      return db.assessments.get(id);
    },

    start: async (teamId, input) => {
      await models.load();
      return db.transaction('rw', db.teams, db.assessments, async () => {
        const team = await db.teams.get(teamId);
        if (!team) return refuse('This team has been deleted.');
        // New assessments are taken on the model the team uses now.
        const model = findModel(team.modelId);
        if (model === undefined) return refuse(unknownTeamModel(team.modelId));
        const checked = validateStart(input);
        if (!checked.ok) return checked;
        const at = now();
        const record: AssessmentRecord = {
          id: newId(),
          teamId,
          modelId: model.id,
          status: 'draft',
          ...checked.value,
          finalisedAt: null,
          clonedFrom: null,
          createdAt: at,
          updatedAt: at,
        };
        await db.assessments.add(record);
        return succeed(record);
      });
    },

    answers: answersOf,
    answersForTeam: (teamId) => db.answers.where('teamId').equals(teamId).toArray(),

    saveAnswer: async (assessmentId, raterId, criterionId, input) => {
      await models.load();
      return db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await answerable(assessmentId, raterId, criterionId);
        if (typeof assessment === 'string') return refuse(assessment);
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
      });
    },

    saveEvidence: async (assessmentId, raterId, criterionId, input) => {
      await models.load();
      return db.transaction(
        'rw',
        [db.assessments, db.answers, db.drills, db.incidents],
        async () => {
          const assessment = await answerable(assessmentId, raterId, criterionId);
          if (typeof assessment === 'string') return refuse(assessment);
          const checked = validateEvidence(input);
          if (!checked.ok) return checked;
          const { text, links, drillIds, incidentIds } = checked.value;
          const drills = await db.drills.bulkGet([...drillIds]);
          if (drills.some((drill) => drill?.teamId !== assessment.teamId)) {
            return fail({ drillIds: 'Choose drills recorded for this team.' });
          }
          const incidents = await db.incidents.bulkGet([...(incidentIds ?? [])]);
          if (incidents.some((incident) => incident?.teamId !== assessment.teamId)) {
            return fail({ incidentIds: 'Choose incidents imported for this team.' });
          }
          const existing = await answerRecord(assessment, raterId, criterionId);
          if (sameEvidence(existing.evidence, checked.value)) return succeed(existing);
          const at = now();
          const saved: AnswerRecord = {
            ...existing,
            evidence: {
              ...existing.evidence,
              text,
              links,
              drillIds,
              ...(incidentIds === undefined ? {} : { incidentIds }),
              updatedAt: at,
            },
            updatedAt: at,
          };
          await db.answers.put(saved);
          await touch(assessment, at);
          return { ok: true, value: saved };
        },
      );
    },

    acceptUnanimous: (assessmentId) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await db.assessments.get(assessmentId);
        if (assessment === undefined || whyReadOnly(assessment) !== null) return 0;
        const raterIds = assessment.raters.map((rater) => rater.id);
        const accepted = unanimousToAccept(raterIds, await answersOf(assessmentId));
        const at = now();
        for (const { criterionId, value, naReason } of accepted) {
          const base = await answerRecord(assessment, AGREED_RATER_ID, criterionId);
          await db.answers.put({ ...base, value, naReason, updatedAt: at });
        }
        if (accepted.length > 0) await touch(assessment, at);
        return accepted.length;
      }),

    finalise: async (id) => {
      await models.load();
      return db.transaction('rw', db.assessments, db.answers, async () => {
        const assessment = await db.assessments.get(id);
        const model = assessment && findModel(assessment.modelId);
        const refusal = whyNotFinalisable(assessment, model, agreedAnswers(await answersOf(id)));
        if (refusal !== null || assessment === undefined) return refuse(refusal ?? '');
        const at = now();
        const final: AssessmentRecord = {
          ...assessment,
          status: 'final',
          finalisedAt: at,
          updatedAt: at,
        };
        await db.assessments.put(final);
        return succeed(final);
      });
    },

    clone: async (id, takenOn) => {
      await models.load();
      return db.transaction('rw', db.teams, db.assessments, db.answers, async () => {
        const source = await db.assessments.get(id);
        const refusal = whyNotClonable(source);
        if (refusal !== null || source === undefined) return refuse(refusal ?? '');
        const team = await db.teams.get(source.teamId);
        if (!team) return refuse('This team has been deleted.');
        const model = findModel(team.modelId);
        if (model === undefined) return refuse(unknownTeamModel(team.modelId));
        const at = now();
        const copy: AssessmentRecord = {
          ...source,
          id: newId(),
          // A clone is taken on the model the team uses now: answers carry over where a
          // criterion of the same id is in it; answers to criteria it does not have drop out.
          modelId: model.id,
          status: 'draft',
          takenOn,
          finalisedAt: null,
          clonedFrom: source.id,
          createdAt: at,
          updatedAt: at,
        };
        const answers = answersToCarry(await answersOf(id), model).map((answer): AnswerRecord => ({
          ...answer,
          id: newId(),
          assessmentId: copy.id,
          createdAt: at,
          updatedAt: at,
        }));
        await db.assessments.add(copy);
        await db.answers.bulkAdd(answers);
        return succeed(copy);
      });
    },

    remove: (id) =>
      db.transaction('rw', db.assessments, db.answers, async () => {
        await db.answers.where('assessmentId').equals(id).delete();
        await db.assessments.delete(id);
      }),
  };
}

// Reads for overview screens: everything Home shows for a team in one read transaction (so one
// live query, and the cards never disagree with each other), and a team's drill history with the
// events the measures are derived from, read by team index rather than drill by drill.
import type { Id } from '../../domain/records/common';
import type { ServiceRecord } from '../../domain/records/services';
import type { PersonRecord } from '../../domain/records/people';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { AnswerRecord } from '../../domain/records/answers';
import type { DrillRecord } from '../../domain/records/drills';
import type { DrillEventRecord } from '../../domain/records/drill-events';
import type { ActionItemRecord } from '../../domain/records/action-items';
import { latestFinal } from '../../domain/maturity/assessment-lifecycle';
import type { RepositoryContext } from './context';

export interface DrillHistory {
  readonly services: readonly ServiceRecord[];
  readonly drills: readonly DrillRecord[];
  /** Events of every drill of the team, in no particular order. */
  readonly events: readonly DrillEventRecord[];
}

export interface LatestFinal {
  readonly assessment: AssessmentRecord;
  readonly answers: readonly AnswerRecord[];
}

export interface HomeOverview extends DrillHistory {
  readonly people: readonly PersonRecord[];
  /** The latest final assessment (by date taken, then finalisation), if any. */
  readonly latestFinal: LatestFinal | null;
  readonly assessmentCount: number;
  /** Not done yet, soonest due first (no due date last). */
  readonly openActionItems: readonly ActionItemRecord[];
  readonly actionItemCount: number;
}

export interface HomeRepository {
  overview(teamId: Id): Promise<HomeOverview>;
  drillHistory(teamId: Id): Promise<DrillHistory>;
}

const byDue = (a: ActionItemRecord, b: ActionItemRecord) =>
  (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31') || a.createdAt - b.createdAt;

export function createHomeRepository({ db }: RepositoryContext): HomeRepository {
  const history = async (teamId: Id): Promise<DrillHistory> => {
    const [services, drills, events] = await Promise.all([
      db.services.where('teamId').equals(teamId).toArray(),
      db.drills.where('teamId').equals(teamId).toArray(),
      db.drillRuns.where('teamId').equals(teamId).toArray(),
    ]);
    return {
      services: services.sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name)),
      drills,
      events: events.flatMap((run) => run.events),
    };
  };

  async function withAnswers(
    assessments: readonly AssessmentRecord[],
  ): Promise<LatestFinal | null> {
    const latest = latestFinal(assessments);
    if (latest === undefined) return null;
    const answers = await db.answers.where('assessmentId').equals(latest.id).toArray();
    return { assessment: latest, answers };
  }

  return {
    drillHistory: (teamId) =>
      db.transaction('r', [db.services, db.drills, db.drillRuns], () => history(teamId)),

    overview: (teamId) =>
      db.transaction(
        'r',
        [
          db.services,
          db.people,
          db.drills,
          db.drillRuns,
          db.assessments,
          db.answers,
          db.actionItems,
        ],
        async (): Promise<HomeOverview> => {
          const [drillHistory, people, assessments, actionItems] = await Promise.all([
            history(teamId),
            db.people.where('teamId').equals(teamId).toArray(),
            db.assessments.where('teamId').equals(teamId).toArray(),
            db.actionItems.where('teamId').equals(teamId).toArray(),
          ]);
          return {
            ...drillHistory,
            people,
            latestFinal: await withAnswers(assessments),
            assessmentCount: assessments.length,
            openActionItems: actionItems.filter((item) => item.status !== 'done').sort(byDue),
            actionItemCount: actionItems.length,
          };
        },
      ),
  };
}

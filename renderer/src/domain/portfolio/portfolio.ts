// The organisation's view: one row per team with its current levels, targets, recovery times and
// what has gone stale. Policy, in the words the screen and the report show:
// - Current levels and scores come from the team's latest final assessment (a draft's figures may
//   still change), scored with the model it was taken against and its agreed answers.
// - Recovery time is the median time to recover, with n, of the completed drills and of the
//   recovered incidents of the last RECOVERY_WINDOW_DAYS days: what a team does now, not years ago.
// - An assessment is stale when it was taken more than STALE_AFTER_DAYS days before today; evidence
//   is judged by the evidence rule (evidence-age.ts), at the assessment's own date.
// Everything is computed in one pass over maps, so 200 teams with 10,000 drills stay fast.
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { AssessmentRecord } from '../records/assessments';
import type { TargetRecord } from '../records/targets';
import type { TeamGroupRecord } from '../records/team-groups';
import type { TeamRecord } from '../records/teams';
import { localIsoDate, shiftDate } from '../dates/iso-date';
import type { IncidentFact } from '../reality/prepare';
import { latestFinal } from '../maturity/assessment-lifecycle';
import type { PlainAnswer } from '../maturity/answers';
import { datedEvidenceAge, isStaleDate, judgedOn } from '../maturity/evidence-age';
import type { AgreedEvidence } from '../maturity/final-answers';
import type { LevelNumber, MaturityModel } from '../maturity/model-types';
import { scoreAssessment } from '../maturity/scoring';
import { median } from '../stats/summary';
import { groupBy } from './group-by';

export { groupBy };

export const RECOVERY_WINDOW_DAYS = 365;

/** A finished drill, measured once (trends/prepare.ts does it). */
export interface PortfolioDrill {
  readonly id: Id;
  readonly teamId: Id;
  readonly completed: boolean;
  /** The day it ran, on the user's calendar. */
  readonly date: IsoDate;
  readonly timeToRecover: number | undefined;
}

export interface PortfolioSource {
  readonly teams: readonly TeamRecord[];
  readonly groups: readonly TeamGroupRecord[];
  readonly assessments: readonly AssessmentRecord[];
  /** The agreed answers of (at least) each team's latest final assessment, by assessment. */
  readonly answersByAssessment: ReadonlyMap<Id, readonly PlainAnswer[]>;
  /** What dates those answers' evidence, by assessment (the read model keeps both). */
  readonly evidenceByAssessment: ReadonlyMap<Id, readonly AgreedEvidence[]>;
  readonly targets: readonly TargetRecord[];
  readonly drills: readonly PortfolioDrill[];
  /** Recovered incidents, measured (reality/prepare.ts). */
  readonly incidents: readonly IncidentFact[];
  readonly models: ReadonlyMap<string, MaturityModel>;
}

export interface PortfolioOptions {
  readonly today: IsoDate;
  /** The user's offset from UTC at an instant (Date#getTimezoneOffset), to date instants. */
  readonly zone: (at: EpochMs) => number;
}

export interface PortfolioColumn {
  readonly categoryId: string;
  readonly name: string;
}

export interface PortfolioCell {
  readonly categoryId: string;
  /** Null without a final assessment, or when its model has no such category. */
  readonly level: LevelNumber | null;
  /** 1.0–5.0 on the level's scale; null as level. */
  readonly score: number | null;
  readonly target: number | null;
  /** Levels still to climb to the target: target − level when above 0, else 0; null if unknown. */
  readonly gap: number | null;
}

export interface RecoveryFigure {
  /** Median time to recover in ms; undefined with n = 0. */
  readonly median: number | undefined;
  readonly n: number;
}

export interface PortfolioAssessment {
  readonly id: Id;
  readonly takenOn: IsoDate;
  readonly modelId: string;
  readonly overallScore: number;
  readonly provisional: boolean;
}

export interface PortfolioRow {
  readonly teamId: Id;
  readonly teamName: string;
  readonly groupIds: readonly Id[];
  readonly groupNames: readonly string[];
  readonly assessment: PortfolioAssessment | null;
  readonly cells: readonly PortfolioCell[];
  /** Categories of the columns without a target level. */
  readonly missingTargets: number;
  /** The sum of the cells' gaps. */
  readonly totalGap: number;
  readonly drills: RecoveryFigure;
  readonly incidents: RecoveryFigure;
  readonly lastDrill: IsoDate | null;
  /** Taken more than the stale limit before today (false without one). */
  readonly staleAssessment: boolean;
  /** Answered criteria of the latest final assessment whose evidence is stale. */
  readonly staleEvidence: number;
}

export interface Portfolio {
  readonly columns: readonly PortfolioColumn[];
  readonly rows: readonly PortfolioRow[];
}

export function recoveryFigure(values: readonly number[]): RecoveryFigure {
  return { median: median(values), n: values.length };
}

/** The categories of every model a latest final assessment was taken against, in model order. */
function columnsOf(latest: readonly AssessmentRecord[], models: PortfolioSource['models']) {
  const columns = new Map<string, PortfolioColumn>();
  for (const assessment of latest) {
    for (const category of models.get(assessment.modelId)?.categories ?? []) {
      if (!columns.has(category.id))
        columns.set(category.id, { categoryId: category.id, name: category.name });
    }
  }
  return [...columns.values()];
}

/** Dates compare as strings: the window is worked out once, not per drill. */
function windowOf(today: IsoDate): (date: IsoDate) => boolean {
  const first = shiftDate(today, { days: -RECOVERY_WINDOW_DAYS });
  return (date) => date >= first && date <= today;
}

export function buildPortfolio(source: PortfolioSource, options: PortfolioOptions): Portfolio {
  const latestByTeam = new Map<Id, AssessmentRecord>();
  for (const [teamId, list] of groupBy(source.assessments, (a) => a.teamId)) {
    const latest = latestFinal(list);
    if (latest !== undefined && source.models.has(latest.modelId)) latestByTeam.set(teamId, latest);
  }
  const columns = columnsOf([...latestByTeam.values()], source.models);
  const targets = groupBy(source.targets, (t) => t.teamId);
  const drills = groupBy(source.drills, (d) => d.teamId);
  const incidents = groupBy(source.incidents, (i) => i.teamId);
  const dated: Dated = {
    drills: new Map(source.drills.map((d) => [d.id, d.date])),
    incidents: new Map(source.incidents.map((i) => [i.id, i])),
  };
  const groupsOf = new Map<Id, TeamGroupRecord[]>();
  for (const group of [...source.groups].sort((a, b) => a.name.localeCompare(b.name))) {
    for (const teamId of group.teamIds)
      groupsOf.set(teamId, [...(groupsOf.get(teamId) ?? []), group]);
  }
  const inWindow = windowOf(options.today);
  const rows = source.teams.map((team): PortfolioRow => {
    const latest = latestByTeam.get(team.id);
    const assessed = latest === undefined ? null : assess(latest, source, dated, options);
    const targetOf = new Map((targets.get(team.id) ?? []).map((t) => [t.categoryId, t.level]));
    const cells = columns.map((column) => {
      const result = assessed?.categories.get(column.categoryId);
      const target = targetOf.get(column.categoryId) ?? null;
      const level = result?.level ?? null;
      const gap = target === null || level === null ? null : Math.max(0, target - level);
      return { categoryId: column.categoryId, level, score: result?.score ?? null, target, gap };
    });
    const groups = groupsOf.get(team.id) ?? [];
    const teamDrills = drills.get(team.id) ?? [];
    return {
      teamId: team.id,
      teamName: team.name,
      groupIds: groups.map((g) => g.id),
      groupNames: groups.map((g) => g.name),
      assessment: assessed?.summary ?? null,
      cells,
      missingTargets: cells.filter((c) => c.target === null).length,
      totalGap: cells.reduce((sum, c) => sum + (c.gap ?? 0), 0),
      drills: drillRecovery(teamDrills, inWindow),
      incidents: incidentRecovery(incidents.get(team.id) ?? [], inWindow, options),
      lastDrill: teamDrills.reduce<IsoDate | null>(
        (last, d) => (last === null || d.date > last ? d.date : last),
        null,
      ),
      staleAssessment: latest !== undefined && isStaleDate(latest.takenOn, options.today),
      staleEvidence: assessed?.staleEvidence ?? 0,
    };
  });
  return { columns, rows: rows.sort((a, b) => a.teamName.localeCompare(b.teamName)) };
}

/** What evidence is dated by: the day each drill ran, and each recovered incident. */
interface Dated {
  readonly drills: ReadonlyMap<Id, IsoDate>;
  readonly incidents: ReadonlyMap<Id, IncidentFact>;
}

function assess(
  assessment: AssessmentRecord,
  source: PortfolioSource,
  dated: Dated,
  options: PortfolioOptions,
) {
  // Checked by the caller: only assessments whose model is known get here.
  const model = source.models.get(assessment.modelId) as MaturityModel;
  const result = scoreAssessment(model, source.answersByAssessment.get(assessment.id) ?? []);
  const judgedAt = judgedOn(assessment, options.today);
  const evidence = source.evidenceByAssessment.get(assessment.id) ?? [];
  // An incident ages by the day it happened, as on the assessment's own screen: only the cited
  // ones are dated.
  const incidentDates = new Map<Id, IsoDate>();
  for (const id of evidence.flatMap((each) => each.dates.incidentIds)) {
    const incident = dated.incidents.get(id);
    if (incident !== undefined) {
      incidentDates.set(id, localIsoDate(incident.at, options.zone(incident.at)));
    }
  }
  const staleEvidence = evidence.filter(
    (each) =>
      datedEvidenceAge({
        dates: each.dates,
        drillDates: dated.drills,
        incidentDates,
        judgedAt,
        timeZoneOffsetMinutes: options.zone,
      }).stale,
  ).length;
  return {
    categories: new Map(result.categories.map((c) => [c.categoryId, c])),
    staleEvidence,
    summary: {
      id: assessment.id,
      takenOn: assessment.takenOn,
      modelId: assessment.modelId,
      overallScore: result.overallScore,
      provisional: result.provisional,
    },
  };
}

type InWindow = (date: IsoDate) => boolean;

function drillRecovery(drills: readonly PortfolioDrill[], inWindow: InWindow): RecoveryFigure {
  const times: number[] = [];
  for (const drill of drills) {
    if (!drill.completed || drill.timeToRecover === undefined) continue;
    if (inWindow(drill.date)) times.push(drill.timeToRecover);
  }
  return recoveryFigure(times);
}

function incidentRecovery(
  incidents: readonly IncidentFact[],
  inWindow: InWindow,
  options: PortfolioOptions,
): RecoveryFigure {
  const times: number[] = [];
  for (const incident of incidents) {
    const recovered = incident.recoveredAt;
    if (recovered === undefined) continue;
    const time = incident.measures.timeToRecover;
    const date = localIsoDate(recovered, options.zone(recovered));
    if (time !== undefined && inWindow(date)) times.push(time);
  }
  return recoveryFigure(times);
}

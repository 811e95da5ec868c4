// What each recovery and each final assessment tells the metrics, as timed observations: a value
// seen by a histogram, a count added to a counter, a gauge set. The snapshot is every observation
// folded; the history is the same fold written out after each moment (./accumulate).
import type { EpochMs, Id } from '../records/common';
import type { AssessmentRecord } from '../records/assessments';
import { PHASES } from '../records/drills';
import { findModel } from '../maturity/models';
import { scoreAssessment } from '../maturity/scoring';
import { latestFinal } from '../maturity/assessment-lifecycle';
import type { TrendsSource } from '../trends/prepare';
import type { MetricKey } from './families';
import { DELETED_TEAM, type Recovery } from './recoveries';
import type { Labels } from './text-format';

export interface Observation {
  readonly key: MetricKey;
  readonly labels: Labels;
  /** observe: a histogram sees a duration in ms; add: a counter grows; set: a gauge is set. */
  readonly op: 'observe' | 'add' | 'set';
  readonly value: number;
  /** undefined: known to have happened, not when (left out of the history). */
  readonly at: EpochMs | undefined;
}

export function recoveryObservations(recovery: Recovery): Observation[] {
  const { source, team, severity, scenario, at } = recovery;
  const out: Observation[] = [];
  const push = (key: MetricKey, labels: Labels, op: Observation['op'], value: number) =>
    out.push({ key, labels, op, value, at });
  if (source === 'drill') {
    const counter = recovery.completed ? 'drillsCompleted' : 'drillsAborted';
    push(
      counter,
      [
        ['source', source],
        ['team', team],
        ['severity', severity],
        ['scenario', scenario],
      ],
      'add',
      1,
    );
  } else {
    push(
      'incidentsImported',
      [
        ['source', source],
        ['team', team],
        ['severity', severity],
        ['tool', recovery.tool],
      ],
      'add',
      1,
    );
  }
  if (!recovery.completed) return out;
  const ttr = recovery.timeToRecover;
  if (ttr !== undefined) {
    push(
      'timeToRecover',
      [
        ['source', source],
        ['team', team],
        ['severity', severity],
        ['scenario', scenario],
      ],
      'observe',
      ttr,
    );
    for (const service of recovery.services) {
      push(
        'serviceTimeToRecover',
        [
          ['source', source],
          ['team', team],
          ['service', service],
          ['severity', severity],
        ],
        'observe',
        ttr,
      );
    }
    if (source === 'drill') {
      push('lastDrillTimeToRecover', [['team', team]], 'set', ttr / 1000);
      if (at !== undefined) push('lastDrillRecovered', [['team', team]], 'set', at / 1000);
    }
  }
  for (const phase of PHASES) {
    const ms = recovery.phases[phase];
    if (ms === undefined) continue;
    push(
      'phaseDuration',
      [
        ['source', source],
        ['team', team],
        ['severity', severity],
        ['phase', phase],
      ],
      'observe',
      ms,
    );
  }
  return out;
}

/**
 * The maturity gauges of one assessment, scored with the app's own rule (scoreAssessment, against
 * the model it was taken with). Categories are labelled by name.
 */
function assessmentObservations(
  assessment: AssessmentRecord,
  team: string,
  source: TrendsSource,
  at: EpochMs | undefined,
): Observation[] {
  const model = findModel(assessment.modelId);
  if (model === undefined) return [];
  const result = scoreAssessment(model, source.answersByAssessment.get(assessment.id) ?? []);
  return result.categories.flatMap((category) => {
    const name = model.categories.find((c) => c.id === category.categoryId)?.name;
    const labels: Labels = [
      ['team', team],
      ['category', name ?? category.categoryId],
    ];
    return [
      { key: 'maturityLevel', labels, op: 'set', value: category.level, at },
      { key: 'maturityScore', labels, op: 'set', value: category.score, at },
    ] satisfies Observation[];
  });
}

function finalsByTeam(source: TrendsSource): Map<Id, AssessmentRecord[]> {
  const byTeam = new Map<Id, AssessmentRecord[]>();
  for (const assessment of source.assessments) {
    const list = byTeam.get(assessment.teamId);
    if (list === undefined) byTeam.set(assessment.teamId, [assessment]);
    else list.push(assessment);
  }
  return byTeam;
}

function teamName(source: TrendsSource, teamId: Id): string {
  return source.teams.find((team) => team.id === teamId)?.name ?? DELETED_TEAM;
}

/** Each team's current maturity: its latest final assessment, as the app chooses it. */
export function currentMaturityObservations(source: TrendsSource): Observation[] {
  return [...finalsByTeam(source)].flatMap(([teamId, assessments]) => {
    const latest = latestFinal(assessments);
    return latest === undefined
      ? []
      : assessmentObservations(latest, teamName(source, teamId), source, undefined);
  });
}

/**
 * Each team's maturity as it stood on each day a final assessment was taken: the latest final
 * assessment up to that day, so two taken the same day resolve as the app resolves them.
 */
export function maturityHistoryObservations(source: TrendsSource): Observation[] {
  return [...finalsByTeam(source)].flatMap(([teamId, assessments]) => {
    const team = teamName(source, teamId);
    const days = [...new Set(assessments.map((a) => a.takenOn))].sort();
    return days.flatMap((day) => {
      const latest = latestFinal(assessments.filter((a) => a.takenOn <= day));
      const at = Date.parse(`${day}T00:00:00Z`);
      return latest === undefined ? [] : assessmentObservations(latest, team, source, at);
    });
  });
}

// Which recorded drills support a criterion, by the criterion's drill rule (see model-types). The
// result is a suggestion the user confirms, so it says in plain words what the drills show and,
// when the rule does not hold, what is missing. Only completed drills count: an aborted drill
// never reached recovery, and a planned one has not happened.
import type { Id, IsoDate } from '../records/common';
import type { ServiceRecord } from '../records/services';
import type { DrillRecord } from '../records/drills';
import { formatDurationChangeInWords, formatDurationInWords } from '../dates/durations';
import type { DrillMeasures } from '../drills/measures';
import { bootstrapMedianDifference } from '../stats/bootstrap';
import { SMALL_SAMPLE, summarise } from '../stats/summary';
import { countOf } from '../text/plural';
import { daysBetween } from '../dates/iso-date';
import type { DrillRule } from './model-types';

/** A drill with what the evidence rules read from its run. */
export interface EvidenceDrill {
  readonly drill: DrillRecord;
  /** The day the fault was injected (the planned day for a drill that never started). */
  readonly ranOn: IsoDate;
  readonly measures: DrillMeasures;
}

export interface DrillEvidenceInput {
  readonly drills: readonly EvidenceDrill[];
  readonly services: readonly ServiceRecord[];
  /** The date the evidence is judged at; windows end on it, both ends included. */
  readonly today: IsoDate;
}

export interface DrillRuleResult {
  readonly holds: boolean;
  /** Newest first. */
  readonly supportingDrillIds: readonly Id[];
  readonly explanation: string;
}

export const QUARTER_DAYS = 91;

type Evaluator<K extends DrillRule['kind']> = (
  rule: Extract<DrillRule, { kind: K }>,
  input: DrillEvidenceInput,
) => DrillRuleResult;

export function evaluateDrillRule(rule: DrillRule, input: DrillEvidenceInput): DrillRuleResult {
  switch (rule.kind) {
    case 'tier1-recovery-measured':
      return tier1RecoveryMeasured(rule, input);
    case 'drills-per-quarter':
      return drillsPerQuarter(rule, input);
    case 'reviews-held':
      return reviewsHeld(rule, input);
    case 'runbook-usage-known':
      return runbookUsageKnown(rule, input);
    case 'phases-measured':
      return phasesMeasured(rule, input);
    case 'recovery-median-improved':
      return recoveryMedianImproved(rule, input);
  }
}

/** Completed drills that ran between `fromDaysAgo` and `toDaysAgo` (inclusive), newest first. */
function completedBetween(
  input: DrillEvidenceInput,
  fromDaysAgo: number,
  toDaysAgo: number,
): EvidenceDrill[] {
  return input.drills
    .filter((entry) => {
      const age = daysBetween(entry.ranOn, input.today);
      return entry.drill.status === 'completed' && age >= fromDaysAgo && age <= toDaysAgo;
    })
    .sort((a, b) => b.ranOn.localeCompare(a.ranOn) || b.drill.createdAt - a.drill.createdAt);
}

const idsOf = (entries: readonly EvidenceDrill[]) => entries.map((entry) => entry.drill.id);
const inLast = (days: number) => `in the last ${days} days`;
const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;
const listOf = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const tier1RecoveryMeasured: Evaluator<'tier1-recovery-measured'> = (rule, input) => {
  const tier1 = input.services.filter((service) => service.tier === 1);
  if (tier1.length === 0) {
    return {
      holds: false,
      supportingDrillIds: [],
      explanation:
        'The team has no tier-1 services, so drills cannot show this. Mark its most critical services as tier 1 on the team page.',
    };
  }
  const measured = completedBetween(input, 0, rule.withinDays).filter(
    (entry) => entry.measures.timeToRecover !== undefined,
  );
  const covering = tier1.map((service) => ({
    service,
    latest: measured.find((entry) => entry.drill.serviceIds.includes(service.id)),
  }));
  const missing = covering.filter((c) => c.latest === undefined).map((c) => c.service.name);
  const supporting = [...new Set(covering.flatMap((c) => (c.latest ? [c.latest.drill.id] : [])))];
  const covered = tier1.length - missing.length;
  const summary = `${covered} of ${countOf(tier1.length, 'tier-1 service', 'tier-1 services')} ${covered === 1 ? 'has' : 'have'} a completed drill with a measured recovery time ${inLast(rule.withinDays)}`;
  return {
    holds: missing.length === 0,
    supportingDrillIds: supporting,
    explanation:
      missing.length === 0 ? `${summary}.` : `${summary}. Not yet measured: ${listOf(missing)}.`,
  };
};

const drillsPerQuarter: Evaluator<'drills-per-quarter'> = (rule, input) => {
  const quarters = Array.from({ length: rule.quarters }, (_, index) => {
    const from = index * QUARTER_DAYS;
    return {
      from,
      to: from + QUARTER_DAYS - 1,
      drills: completedBetween(input, from, from + QUARTER_DAYS - 1),
    };
  });
  const name = (from: number, to: number) =>
    from === 0 ? `the last ${to + 1} days` : `days ${from}–${to} ago`;
  const short = quarters.filter((quarter) => quarter.drills.length < rule.count);
  const counts = quarters
    .map((q) => `${countOf(q.drills.length, 'drill', 'drills')} in ${name(q.from, q.to)}`)
    .join(', ');
  const need = `${countOf(rule.count, 'completed drill', 'completed drills')} in each of the last ${rule.quarters} quarters (${QUARTER_DAYS}-day periods)`;
  return {
    holds: short.length === 0,
    supportingDrillIds: quarters.flatMap((quarter) => idsOf(quarter.drills)),
    explanation:
      short.length === 0
        ? `At least ${need}: ${counts}.`
        : `This needs at least ${need}; there ${short.length === 1 ? 'is' : 'are'} too few in ${listOf(short.map((q) => name(q.from, q.to)))} (${counts}).`,
  };
};

const reviewsHeld: Evaluator<'reviews-held'> = (rule, input) => {
  const severities = listOf(rule.severities).replace(/ and /u, ' or ');
  const pool = completedBetween(input, 0, rule.withinDays).filter((entry) =>
    rule.severities.includes(entry.drill.severity),
  );
  if (pool.length === 0) {
    return {
      holds: false,
      supportingDrillIds: [],
      explanation: `No ${severities} drill was completed ${inLast(rule.withinDays)}, so drills cannot show this yet.`,
    };
  }
  const reviewed = pool.filter((entry) => entry.drill.review?.reviewHeld === true);
  const holds = reviewed.length / pool.length >= rule.share;
  const summary = `A review was held for ${reviewed.length} of ${countOf(pool.length, `${severities} drill`, `${severities} drills`)} completed ${inLast(rule.withinDays)}`;
  const unreviewed = pool.filter((entry) => !reviewed.includes(entry));
  const need =
    rule.share >= 1
      ? `Every one needs a review; not yet reviewed: ${listOf(unreviewed.map((e) => `${e.drill.title} (${e.ranOn})`))}.`
      : `At least ${Math.round(rule.share * 100)} % need a review.`;
  return {
    holds,
    supportingDrillIds: idsOf(reviewed),
    explanation: holds ? `${summary}.` : `${summary}. ${need}`,
  };
};

const runbookUsageKnown: Evaluator<'runbook-usage-known'> = (rule, input) => {
  const pool = completedBetween(input, 0, rule.withinDays);
  const used = pool.filter((entry) => entry.measures.runbookUsed).length;
  if (pool.length < rule.minDrills) {
    return {
      holds: false,
      supportingDrillIds: idsOf(pool),
      explanation: `${pool.length === 0 ? 'No drill was' : `Only ${countOf(pool.length, 'drill was', 'drills were')}`} completed ${inLast(rule.withinDays)}; a runbook-usage rate needs at least ${rule.minDrills}.`,
    };
  }
  return {
    holds: true,
    supportingDrillIds: idsOf(pool),
    explanation: `A runbook was followed in ${used} of ${countOf(pool.length, 'drill', 'drills')} completed ${inLast(rule.withinDays)} (${percent(used, pool.length)}).`,
  };
};

const phasesMeasured: Evaluator<'phases-measured'> = (rule, input) => {
  const pool = completedBetween(input, 0, rule.withinDays);
  if (pool.length === 0) {
    return {
      holds: false,
      supportingDrillIds: [],
      explanation: `No drill was completed ${inLast(rule.withinDays)}; at least ${rule.minDrills} with every phase timed are needed.`,
    };
  }
  const full = pool.filter(({ measures: m }) =>
    [m.timeToDetect, m.timeToAcknowledge, m.timeToDiagnose, m.timeToMitigate].every(
      (value) => value !== undefined,
    ),
  );
  const holds = full.length >= rule.minDrills;
  const skipped = pool.length - full.length;
  const summary = `${full.length} of ${countOf(pool.length, 'drill', 'drills')} completed ${inLast(rule.withinDays)} timed detection, acknowledgement, diagnosis and mitigation separately${skipped > 0 ? ` (${countOf(skipped, 'drill', 'drills')} skipped a phase)` : ''}`;
  return {
    holds,
    supportingDrillIds: idsOf(full),
    explanation: holds ? `${summary}.` : `${summary}; at least ${rule.minDrills} are needed.`,
  };
};

const recoveryMedianImproved: Evaluator<'recovery-median-improved'> = (rule, input) => {
  const measured = (from: number, to: number) =>
    completedBetween(input, from, to).filter((e) => e.measures.timeToRecover !== undefined);
  const recent = measured(0, rule.periodDays - 1);
  const before = measured(rule.periodDays, 2 * rule.periodDays - 1);
  const times = (entries: readonly EvidenceDrill[]) =>
    entries.map((entry) => entry.measures.timeToRecover ?? 0);
  const now = summarise(times(recent));
  const then = summarise(times(before));
  const figure = (median: number | undefined) =>
    median === undefined ? 'no figure' : formatDurationInWords(median);
  const figures = `Median time to recover ${figure(now.median)} over the last ${rule.periodDays} days (n = ${now.n}), against ${figure(then.median)} in the ${rule.periodDays} days before (n = ${then.n})`;
  if (now.smallSample || then.smallSample) {
    return {
      holds: false,
      supportingDrillIds: idsOf(recent),
      explanation: `${figures}. With fewer than ${SMALL_SAMPLE} drills in a period the comparison is not reliable.`,
    };
  }
  const change = bootstrapMedianDifference(times(before), times(recent));
  const interval = `95 % interval for the change: ${formatDurationChangeInWords(change.low)} to ${formatDurationChangeInWords(change.high)}`;
  const improved = change.distinguishable && (change.high ?? 0) < 0;
  return {
    holds: improved,
    supportingDrillIds: idsOf(recent),
    explanation: improved
      ? `${figures}: faster, by more than chance (${interval}).`
      : change.distinguishable
        ? `${figures}: slower (${interval}).`
        : `${figures}. The data cannot tell the two periods apart (${interval}).`,
  };
};

// Which imported incidents support a criterion, by the criterion's incident rule (see model-types
// and evidence-rules). Like drill evidence, the result is a suggestion the user confirms: it says
// in plain words what the incidents show and, when the rule does not hold, what is missing. Only
// recovered incidents are read (reality/prepare), windows are by the day an incident was detected
// and end on the day the evidence is judged, and a time or a yes/no the tool did not record is
// never read as 0 or as no: it is named as not recorded.
import type { Id, IsoDate } from '../records/common';
import type { ServiceRecord } from '../records/services';
import { formatDurationChangeInWords, formatDurationInWords } from '../dates/durations';
import { daysBetween } from '../dates/iso-date';
import type { PreparedIncident } from '../reality/prepare';
import { serviceKey } from '../reality/filters';
import { bootstrapMedianDifference } from '../stats/bootstrap';
import { SMALL_SAMPLE, summarise } from '../stats/summary';
import { countOf } from '../text/plural';
import type { IncidentRule } from './model-types';

export interface IncidentEvidenceInput {
  /** The team's recovered incidents (open ones are never evidence of a recovery). */
  readonly incidents: readonly PreparedIncident[];
  readonly services: readonly ServiceRecord[];
  /** The date the evidence is judged at; windows end on it, both ends included. */
  readonly today: IsoDate;
}

export interface IncidentRuleResult {
  readonly holds: boolean;
  /** Newest first. */
  readonly supportingIncidentIds: readonly Id[];
  readonly explanation: string;
}

type Evaluator<K extends IncidentRule['kind']> = (
  rule: Extract<IncidentRule, { kind: K }>,
  input: IncidentEvidenceInput,
) => IncidentRuleResult;

export function evaluateIncidentRule(
  rule: IncidentRule,
  input: IncidentEvidenceInput,
): IncidentRuleResult {
  switch (rule.kind) {
    case 'incident-times-recorded':
      return timesRecorded(rule, input);
    case 'incident-tier1-recovery-measured':
      return tier1RecoveryMeasured(rule, input);
    case 'incident-phases-measured':
      return phasesMeasured(rule, input);
    case 'incident-median-improved':
      return medianImproved(rule, input);
    case 'incident-reviews-held':
      return reviewsHeld(rule, input);
  }
}

/** Recovered incidents detected between `fromDaysAgo` and `toDaysAgo` (inclusive), newest first. */
function detectedBetween(
  input: IncidentEvidenceInput,
  fromDaysAgo: number,
  toDaysAgo: number,
): PreparedIncident[] {
  return input.incidents
    .filter((incident) => {
      const age = daysBetween(incident.date, input.today);
      return age >= fromDaysAgo && age <= toDaysAgo;
    })
    .sort((a, b) => b.at - a.at);
}

const idsOf = (incidents: readonly PreparedIncident[]) => incidents.map((incident) => incident.id);
const inLast = (days: number) => `in the last ${days} days`;
const listOf = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const severityWords = (severities: readonly string[]) =>
  listOf(severities).replace(/ and /u, ' or ');
const incidents = (n: number, what = 'incident') => countOf(n, what, `${what}s`);
/** At most five titles, so an explanation stays readable for a team with hundreds of incidents. */
const titles = (list: readonly PreparedIncident[]) => {
  const shown = list.slice(0, 5).map((incident) => `${incident.title} (${incident.date})`);
  return list.length > 5 ? `${shown.join(', ')} and ${list.length - 5} more` : listOf(shown);
};

const timesRecorded: Evaluator<'incident-times-recorded'> = (rule, input) => {
  const severities = severityWords(rule.severities);
  const pool = detectedBetween(input, 0, rule.withinDays).filter(
    (incident) => incident.severity !== null && rule.severities.includes(incident.severity),
  );
  // The start is the impact's beginning or, where the tool records none, the detection.
  const complete = pool.filter((incident) => incident.measures.timeToRecover !== undefined);
  const missing = pool.filter((incident) => !complete.includes(incident));
  const summary = `${complete.length} of ${incidents(pool.length, `recovered ${severities} incident`)} ${inLast(rule.withinDays)} ${complete.length === 1 ? 'has' : 'have'} both a start and a recovery time recorded`;
  if (pool.length < rule.minIncidents) {
    return {
      holds: false,
      supportingIncidentIds: idsOf(complete),
      explanation: `${summary}; at least ${incidents(rule.minIncidents)} ${rule.minIncidents === 1 ? 'is' : 'are'} needed to show this.`,
    };
  }
  return {
    holds: missing.length === 0,
    supportingIncidentIds: idsOf(complete),
    explanation:
      missing.length === 0 ? `${summary}.` : `${summary}. Not recorded for: ${titles(missing)}.`,
  };
};

const tier1RecoveryMeasured: Evaluator<'incident-tier1-recovery-measured'> = (rule, input) => {
  const tier1 = input.services.filter((service) => service.tier === 1);
  if (tier1.length === 0) {
    return {
      holds: false,
      supportingIncidentIds: [],
      explanation:
        'The team has no tier-1 services, so incidents cannot show this. Mark its most critical services as tier 1 on the team page.',
    };
  }
  const measured = detectedBetween(input, 0, rule.withinDays).filter(
    (incident) => incident.measures.timeToRecover !== undefined,
  );
  // Incidents name services as their tool writes them: matched by name, as the Trends filter does.
  const covering = tier1.map((service) => ({
    service,
    latest: measured.find((incident) =>
      incident.services.some((name) => serviceKey(name) === serviceKey(service.name)),
    ),
  }));
  const missing = covering.filter((c) => c.latest === undefined).map((c) => c.service.name);
  const supporting = [...new Set(covering.flatMap((c) => (c.latest ? [c.latest.id] : [])))];
  const covered = tier1.length - missing.length;
  const summary = `${covered} of ${countOf(tier1.length, 'tier-1 service', 'tier-1 services')} ${covered === 1 ? 'has' : 'have'} a recovered incident with a recorded recovery time ${inLast(rule.withinDays)}`;
  return {
    holds: missing.length === 0,
    supportingIncidentIds: supporting,
    explanation:
      missing.length === 0
        ? `${summary}.`
        : `${summary}. No incident measured yet for ${listOf(missing)} (a drill can show it).`,
  };
};

const phasesMeasured: Evaluator<'incident-phases-measured'> = (rule, input) => {
  const pool = detectedBetween(input, 0, rule.withinDays);
  const full = pool.filter(({ phases: p }) =>
    [p.detect, p.acknowledge, p.diagnose, p.mitigate].every((value) => value !== undefined),
  );
  const summary = `${full.length} of ${incidents(pool.length, 'recovered incident')} ${inLast(rule.withinDays)} recorded detection, acknowledgement, diagnosis and mitigation separately`;
  const holds = full.length >= rule.minIncidents;
  return {
    holds,
    supportingIncidentIds: idsOf(full),
    explanation: holds
      ? `${summary}.`
      : `${summary}; at least ${rule.minIncidents} are needed. An incident tool that records no diagnosis or mitigation time cannot show this: a drill can.`,
  };
};

const medianImproved: Evaluator<'incident-median-improved'> = (rule, input) => {
  const measured = (from: number, to: number) =>
    detectedBetween(input, from, to).filter((i) => i.measures.timeToRecover !== undefined);
  const recent = measured(0, rule.periodDays - 1);
  const before = measured(rule.periodDays, 2 * rule.periodDays - 1);
  const times = (list: readonly PreparedIncident[]) =>
    list.flatMap((incident) =>
      incident.measures.timeToRecover === undefined ? [] : [incident.measures.timeToRecover],
    );
  const now = summarise(times(recent));
  const then = summarise(times(before));
  const figure = (median: number | undefined) =>
    median === undefined ? 'no figure' : formatDurationInWords(median);
  const figures = `Median time to recover of real incidents ${figure(now.median)} over the last ${rule.periodDays} days (n = ${now.n}), against ${figure(then.median)} in the ${rule.periodDays} days before (n = ${then.n})`;
  if (now.smallSample || then.smallSample) {
    return {
      holds: false,
      supportingIncidentIds: idsOf(recent),
      explanation: `${figures}. With fewer than ${SMALL_SAMPLE} incidents in a period the comparison is not reliable.`,
    };
  }
  const change = bootstrapMedianDifference(times(before), times(recent));
  const interval = `95 % interval for the change: ${formatDurationChangeInWords(change.low)} to ${formatDurationChangeInWords(change.high)}`;
  const improved = change.distinguishable && (change.high ?? 0) < 0;
  return {
    holds: improved,
    supportingIncidentIds: idsOf(recent),
    explanation: improved
      ? `${figures}: faster, by more than chance (${interval}).`
      : change.distinguishable
        ? `${figures}: slower (${interval}).`
        : `${figures}. The data cannot tell the two periods apart (${interval}).`,
  };
};

const reviewsHeld: Evaluator<'incident-reviews-held'> = (rule, input) => {
  const severities = severityWords(rule.severities);
  const pool = detectedBetween(input, 0, rule.withinDays).filter(
    (incident) => incident.severity !== null && rule.severities.includes(incident.severity),
  );
  const known = pool.filter((incident) => incident.reviewHeld !== null);
  const notRecorded = pool.length - known.length;
  const unknown =
    notRecorded === 0 ? '' : ` The tool does not record a review for ${incidents(notRecorded)}.`;
  if (known.length === 0) {
    return {
      holds: false,
      supportingIncidentIds: [],
      explanation: `${pool.length === 0 ? `No ${severities} incident was recovered ${inLast(rule.withinDays)}` : `None of the ${incidents(pool.length, `${severities} incident`)} ${inLast(rule.withinDays)} has a review recorded either way`}, so incidents cannot show this yet.`,
    };
  }
  const reviewed = known.filter((incident) => incident.reviewHeld === true);
  const holds = reviewed.length / known.length >= rule.share;
  const summary = `A review was held for ${reviewed.length} of ${incidents(known.length, `${severities} incident`)} ${inLast(rule.withinDays)} whose tool records reviews`;
  const unreviewed = known.filter((incident) => incident.reviewHeld === false);
  const need =
    rule.share >= 1
      ? ` Every one needs a review; not yet reviewed: ${titles(unreviewed)}.`
      : ` At least ${Math.round(rule.share * 100)} % need a review.`;
  return {
    holds,
    supportingIncidentIds: idsOf(reviewed),
    explanation: `${summary}.${holds ? '' : need}${unknown}`,
  };
};

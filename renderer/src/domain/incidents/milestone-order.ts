// The order milestones must keep. An incident is impact → detection → acknowledgement →
// mitigation → recovery → closure; a record that says otherwise is damaged or mistyped, and its
// durations would be negative, so it is refused with the two times that disagree. Diagnosis is
// not in the chain, because teams often roll back first and find the cause after recovery; it
// only has to follow detection. Stakeholders may be told at any time after impact began.
import { MILESTONE_LABELS } from '../words/incidents';
import type { MilestoneTime } from './incident';
import type { IncidentMilestoneId } from '../records/incidents';

type Times = Partial<Record<IncidentMilestoneId, MilestoneTime>>;

const CHAIN: readonly IncidentMilestoneId[] = [
  'impactBegan',
  'detected',
  'acknowledged',
  'mitigated',
  'recovered',
  'closed',
];

/** [earlier, later] pairs outside the chain. */
const EXTRA_PAIRS: readonly (readonly [IncidentMilestoneId, IncidentMilestoneId])[] = [
  ['impactBegan', 'diagnosed'],
  ['detected', 'diagnosed'],
  ['impactBegan', 'stakeholdersNotified'],
];

/** At most this many order problems are listed: the first ones say enough. */
const SHOWN_PROBLEMS = 2;

export function checkOrder(times: Times): string[] {
  const problems: string[] = [];
  const pairs: (readonly [IncidentMilestoneId, IncidentMilestoneId])[] = [];
  CHAIN.forEach((earlier, index) => {
    for (const later of CHAIN.slice(index + 1)) pairs.push([earlier, later]);
  });
  pairs.push(...EXTRA_PAIRS);
  for (const [earlier, later] of pairs) {
    const a = times[earlier];
    const b = times[later];
    if (a === undefined || b === undefined || a.at <= b.at) continue;
    problems.push(orderProblem(earlier, a, later, b));
  }
  return problems.slice(0, SHOWN_PROBLEMS);
}

function orderProblem(
  earlier: IncidentMilestoneId,
  a: MilestoneTime,
  later: IncidentMilestoneId,
  b: MilestoneTime,
): string {
  const where = `${b.field} "${b.raw}" is before ${a.field} "${a.raw}"`;
  if (earlier === 'detected' && later === 'recovered') {
    return `it was recovered before it was detected: ${where}`;
  }
  return `milestones out of order: ${MILESTONE_LABELS[later].toLowerCase()} comes before ${MILESTONE_LABELS[earlier].toLowerCase()} (${where})`;
}

/**
 * Some tools let people record an incident after it was over (FireHydrant's already-resolved
 * incidents, Rootly's late entries). Then its creation is not when anyone detected it, and cannot
 * stand in for detection: detection is left not recorded, and the returned note says why.
 */
export function dropLateStandIn(times: Times): string | undefined {
  const detected = times.detected;
  if (detected?.standIn !== 'creation') return undefined;
  const earlier = (['acknowledged', 'diagnosed', 'mitigated', 'recovered', 'closed'] as const).find(
    (id) => (times[id]?.at ?? Number.POSITIVE_INFINITY) < detected.at,
  );
  if (earlier === undefined) return undefined;
  return `Recorded after the fact: it was created (${detected.field} "${detected.raw}") after it was ${MILESTONE_LABELS[earlier].toLowerCase()}, so its creation cannot stand in for detection, and detection is not recorded.`;
}

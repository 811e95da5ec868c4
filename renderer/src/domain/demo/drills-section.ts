// Section "drills": about 18 months of game days per demo team. Each run is built by sending the
// same commands a facilitator would through the real validation (validateCommand), so every demo
// drill is one the app could have recorded. Phase durations are lognormal: most drills land near
// target, a few take far longer, as real incidents do; teams get a little faster over time.
import type { EpochMs } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { ServiceRecord } from '../records/services';
import type { PersonRecord } from '../records/people';
import {
  EMPTY_DRILL_KIT,
  type DrillRecord,
  type HypothesisHeld,
  type Severity,
  PHASES,
} from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import { ACTION_ITEM_STATUSES, type ActionItemRecord } from '../records/action-items';
import { BUILT_IN_SCENARIOS } from '../drills/builtin-scenarios';
import { validateCommand, type DrillCommand } from '../drills/commands';
import { drillStatusOf } from '../drills/drill-status';
import { measureDrill } from '../drills/measures';
import { MINUTE_MS } from '../drills/phases';
import { deriveRun } from '../drills/run-state';
import { localIsoDate } from '../dates/iso-date';
import type { Random } from '../random';
import { DAY_MS, DEMO_HISTORY_DAYS, type DemoSection } from './dataset';

const SEVERITY_WEIGHTS: readonly Severity[] = [
  'SEV1',
  'SEV2',
  'SEV2',
  'SEV2',
  'SEV3',
  'SEV3',
  'SEV4',
];
const ABORT_REASONS = [
  'A real incident needed the same people.',
  'The fault injection hit the wrong environment.',
  'Customer traffic peaked unexpectedly.',
];
const ACTIONS = [
  'Add a runbook link to the alert',
  'Page the secondary on-call after 10 minutes',
  'Automate the failover step',
  'Add a dashboard for the dependency’s latency',
  'Shorten the alert’s evaluation window',
  'Write a status-page template for this failure',
  'Practise the restore on the new backup tooling',
];
const NOTES = [
  ['observation', 'The alert fired but went to a muted channel first.'],
  ['decision', 'Roll back rather than patch forward.'],
  ['hypothesis', 'Connection pool exhaustion after the failover.'],
  ['action', 'Scale the consumer group by two.'],
] as const;

export const drillsSection: DemoSection = {
  name: 'drills',
  generate: ({ now, random }, soFar) => {
    const parts = soFar.teams.map((team) =>
      teamDrills(
        team,
        soFar.services.filter((s) => s.teamId === team.id),
        soFar.people.filter((p) => p.teamId === team.id),
        random.fork(team.id),
        now,
      ),
    );
    return {
      drills: parts.flatMap((p) => p.drills),
      drillEvents: parts.flatMap((p) => p.events),
      actionItems: parts.flatMap((p) => p.actionItems),
    };
  },
};

interface Part {
  drills: DrillRecord[];
  events: DrillEventRecord[];
  actionItems: ActionItemRecord[];
}

/** A draw from a lognormal with this median: exp(ln(median) + sigma·z), z standard normal. */
function lognormal(random: Random, median: number, sigma: number): number {
  const u = Math.max(random.float(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.float());
  return median * Math.exp(sigma * z);
}

function teamDrills(
  team: TeamRecord,
  services: readonly ServiceRecord[],
  people: readonly PersonRecord[],
  random: Random,
  now: EpochMs,
): Part {
  const part: Part = { drills: [], events: [], actionItems: [] };
  if (services.length === 0 || people.length < 2) return part;
  // Midnight UTC, so drills start in working hours rather than at the generation time of day.
  const first = Math.floor(now / DAY_MS) * DAY_MS - DEMO_HISTORY_DAYS * DAY_MS;
  // Roughly every three to five weeks, ending a few days ago.
  for (let day = random.int(3, 20); day < DEMO_HISTORY_DAYS - 3; day += random.int(21, 38)) {
    const progress = day / DEMO_HISTORY_DAYS;
    const startAt = first + day * DAY_MS + random.int(9 * 60, 15 * 60) * MINUTE_MS;
    generateDrill(part, { team, services, people, random, startAt, progress, now });
  }
  return part;
}

interface DrillContext {
  readonly team: TeamRecord;
  readonly services: readonly ServiceRecord[];
  readonly people: readonly PersonRecord[];
  readonly random: Random;
  readonly startAt: EpochMs;
  /** 0 at the start of the history, 1 now: later drills run a little faster. */
  readonly progress: number;
  readonly now: EpochMs;
}

function generateDrill(part: Part, c: DrillContext): void {
  const { random, startAt } = c;
  const scenario = random.pick(BUILT_IN_SCENARIOS);
  const cast = random.shuffle(c.people).map((p) => p.name);
  const drillId = random.uuid();
  const events: DrillEventRecord[] = [];
  const send = (command: DrillCommand): void => {
    const checked = validateCommand(deriveRun(events), command, c.now);
    if (!checked.ok) return;
    events.push({
      id: random.uuid(),
      drillId,
      teamId: c.team.id,
      seq: events.length,
      at: checked.value.at,
      recordedAt: checked.value.at + random.int(8, 60),
      ...checked.value.body,
    });
  };
  const speed = 1.15 - 0.45 * c.progress;
  const abortAfter = random.float() < 0.07 ? random.int(1, 4) : null;
  let t = startAt;
  send({ kind: 'mark', at: t });
  PHASES.forEach((phase, index) => {
    if (abortAfter !== null && index > abortAfter) return;
    const minutes = lognormal(random, scenario.targets[phase] * 0.85 * speed, 0.55);
    const duration = Math.max(20_000, Math.round(minutes * MINUTE_MS));
    if (abortAfter === index) {
      send({ kind: 'abort', at: t + Math.round(duration / 2), reason: random.pick(ABORT_REASONS) });
      return;
    }
    if (phase === 'detect' || phase === 'acknowledge')
      sideEventsAround(send, random, t, duration, phase);
    if (phase === 'diagnose' && random.float() < 0.1) {
      const pauseAt = t + Math.round(duration / 3);
      send({ kind: 'pause', at: pauseAt, reason: 'Waiting for the change freeze to lift' });
      send({ kind: 'resume', at: pauseAt + random.int(5, 15) * MINUTE_MS });
      t += 15 * MINUTE_MS;
    }
    if (phase === 'mitigate') {
      if (random.float() < 0.7)
        send({
          kind: 'side',
          at: t + 1000,
          side: 'runbook-used',
          detail: `${scenario.name} runbook`,
        });
      if (random.float() < 0.4)
        send({ kind: 'side', at: t + 2000, side: 'automation-used', detail: 'Failover script' });
    }
    if (random.float() < 0.25) {
      const [noteKind, text] = random.pick(NOTES);
      send({ kind: 'note', at: t + Math.round(duration / 2), noteKind, text });
    }
    t += duration;
    send({ kind: phase === 'acknowledge' && random.float() < 0.08 ? 'skip' : 'mark', at: t });
  });
  const state = deriveRun(events);
  const status = drillStatusOf(state);
  const lastAt = Math.max(...events.map((e) => e.recordedAt));
  const measures = measureDrill(state, null, lastAt);
  const targetMs =
    (scenario.targets.detect +
      scenario.targets.acknowledge +
      scenario.targets.diagnose +
      scenario.targets.mitigate +
      scenario.targets.verify) *
    MINUTE_MS;
  const held: HypothesisHeld =
    measures.impactDuration === undefined
      ? 'no'
      : measures.impactDuration <= targetMs
        ? 'yes'
        : measures.impactDuration <= targetMs * 1.3
          ? 'partly'
          : 'no';
  const reviewed = status === 'completed' && random.float() < 0.85;
  const savedAt = lastAt + random.int(1, 5) * DAY_MS;
  const review =
    reviewed && savedAt <= c.now
      ? {
          hypothesisHeld: held,
          detectedBy: null,
          wentWell: 'The alert fired and the responders found the runbook quickly.',
          wentBadly:
            held === 'yes'
              ? 'Hand-over between responders was slow.'
              : 'Diagnosis took longer than planned.',
          reviewHeld: random.float() < 0.9,
          savedAt,
        }
      : null;
  const createdAt = startAt - random.int(7, 21) * DAY_MS;
  part.events.push(...events);
  part.drills.push({
    id: drillId,
    teamId: c.team.id,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    title: scenario.name,
    status,
    severity: random.pick(SEVERITY_WEIGHTS),
    plannedFor: localIsoDate(startAt, 0),
    serviceIds: random
      .shuffle(c.services)
      .slice(0, random.int(1, Math.min(2, c.services.length)))
      .map((s) => s.id),
    hypothesis: scenario.hypothesis,
    roles: {
      facilitator: cast[0] ?? '',
      incidentCommander: cast[1] ?? '',
      scribe: cast[2] ?? '',
      responders: cast.slice(3, 5),
      observers: [],
    },
    targets: scenario.targets,
    kit: EMPTY_DRILL_KIT,
    review,
    createdAt,
    updatedAt: review?.savedAt ?? lastAt,
  });
  if (review !== null) addActionItems(part, c, drillId, review.savedAt);
}

function sideEventsAround(
  send: (command: DrillCommand) => void,
  random: Random,
  t: EpochMs,
  duration: number,
  phase: 'detect' | 'acknowledge',
): void {
  if (phase === 'acknowledge' && random.float() < 0.8) {
    send({
      kind: 'side',
      at: t + (Math.round(lognormal(random, duration / 2, 0.5)) % duration),
      side: 'stakeholders-notified',
      detail: 'Status page and #incidents',
    });
  }
  if (phase === 'acknowledge' && random.float() < 0.2) {
    send({
      kind: 'side',
      at: t + Math.round(duration / 3),
      side: 'escalation',
      detail: 'Secondary on-call',
    });
  }
}

function addActionItems(part: Part, c: DrillContext, drillId: string, savedAt: EpochMs): void {
  const { random } = c;
  const count = random.int(0, 2);
  for (let i = 0; i < count; i++) {
    const age = c.now - savedAt;
    const status =
      age > 90 * DAY_MS
        ? random.float() < 0.85
          ? 'done'
          : 'open'
        : random.pick(ACTION_ITEM_STATUSES);
    part.actionItems.push({
      id: random.uuid(),
      teamId: c.team.id,
      title: random.pick(ACTIONS),
      ownerId: random.pick(c.people).id,
      due: localIsoDate(savedAt + random.int(14, 45) * DAY_MS, 0),
      status,
      source: { kind: 'drill', id: drillId, criterionId: null },
      createdAt: savedAt,
      updatedAt:
        status === 'done' ? Math.min(c.now, savedAt + random.int(7, 40) * DAY_MS) : savedAt,
    });
  }
}

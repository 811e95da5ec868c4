// One schema per store: what a record must look like to be imported. Checks are those of the
// stored shape (types, enums, real dates, plausible times, bounded text), generous enough for every
// record the app itself has ever written; the stricter rules of the forms (a title of at most 120
// characters) are not repeated here, so a backup never fails on a rule that changed since. Older
// or partial shapes are normalised here too: a field added after a record was written gets the
// value the app would have given it (an assessment without `participants` had none).
import * as z from 'zod/mini';
import { isIsoDate } from '../../domain/dates/iso-date';
import { MARKS, PHASES } from '../../domain/drills/phases';
import { isWebLink } from '../../domain/maturity/assessment-rules';
import type { BackupStore } from './format';

/** Bounds for text: far above what the forms allow, far below what would hurt. */
export const ID_MAX = 100;
export const NAME_MAX = 300;
export const TEXT_MAX = 20_000;
export const LIST_MAX = 1_000;

// Times before the app existed or after 2200 are damage, not data.
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

const id = z.string().check(z.minLength(1), z.maxLength(ID_MAX));
const name = z.string().check(z.maxLength(NAME_MAX));
const text = z.string().check(z.maxLength(TEXT_MAX));
const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIST_MAX));

const time = z.number().check(
  z.refine((value) => Number.isFinite(value) && value >= EARLIEST_TIME && value <= LATEST_TIME, {
    message: 'is not a time between the years 2000 and 2200',
  }),
);
const isoDate = z.string().check(
  z.maxLength(10),
  z.refine((value) => isIsoDate(value), { message: 'is not a date' }),
);
const minutes = z.number().check(z.int(), z.minimum(0), z.maximum(7 * 24 * 60));

const stamped = { id, createdAt: time, updatedAt: time };

const phaseTargets = z.object(
  Object.fromEntries(PHASES.map((phase) => [phase, minutes])) as Record<
    (typeof PHASES)[number],
    typeof minutes
  >,
);
const mark = z.enum(MARKS as [string, ...string[]]);
const raterRef = z.object({ id, name });

const team = z.object({ ...stamped, name });
const service = z.object({ ...stamped, teamId: id, name, tier: z.literal([1, 2, 3]) });
const person = z.object({ ...stamped, teamId: id, name, role: name });

const assessment = z.object({
  ...stamped,
  teamId: id,
  modelId: id,
  status: z.enum(['draft', 'final']),
  takenOn: isoDate,
  facilitator: name,
  participants: z._default(list(raterRef), []),
  raters: z._default(list(raterRef), []),
  finalisedAt: z._default(z.nullable(time), null),
  clonedFrom: z._default(z.nullable(id), null),
});

// Evidence links are shown as links: only what the evidence form itself accepts may come in.
const webLink = z.string().check(
  z.maxLength(TEXT_MAX),
  z.refine((value) => isWebLink(value), { message: 'is not a web link (https:// or http://)' }),
);

const evidence = z.object({
  text,
  links: list(webLink),
  drillIds: list(id),
  updatedAt: time,
});

const answer = z.object({
  ...stamped,
  assessmentId: id,
  teamId: id,
  raterId: id,
  criterionId: id,
  value: z.nullable(z.enum(['no', 'partly', 'mostly', 'yes', 'na'])),
  naReason: z._default(text, ''),
  // Filled in by NORMALISE below: its time is the answer's own.
  evidence: z.optional(evidence),
});

const target = z.object({
  ...stamped,
  teamId: id,
  categoryId: id,
  level: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
});

const scenario = z.object({
  ...stamped,
  name,
  derivedFrom: z._default(z.nullable(id), null),
  description: text,
  hypothesis: text,
  injectionSteps: list(text),
  detectionSignal: text,
  runbook: list(text),
  targets: phaseTargets,
});

const review = z.object({
  hypothesisHeld: z.enum(['yes', 'no', 'partly']),
  wentWell: text,
  wentBadly: text,
  reviewHeld: z.boolean(),
  savedAt: time,
});

const drill = z.object({
  ...stamped,
  teamId: id,
  scenarioId: id,
  status: z.enum(['planned', 'running', 'completed', 'aborted']),
  severity: z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']),
  plannedFor: isoDate,
  serviceIds: list(id),
  title: name,
  scenarioName: name,
  hypothesis: text,
  roles: z.object({
    facilitator: name,
    incidentCommander: name,
    scribe: z._default(name, ''),
    responders: list(name),
    observers: z._default(list(name), []),
  }),
  targets: phaseTargets,
  review: z._default(z.nullable(review), null),
});

const eventBase = {
  id,
  drillId: id,
  teamId: id,
  seq: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
  at: time,
  recordedAt: time,
};
const drillEvent = z.discriminatedUnion('kind', [
  z.object({ ...eventBase, kind: z.literal('mark'), mark }),
  z.object({ ...eventBase, kind: z.literal('skip'), mark }),
  z.object({ ...eventBase, kind: z.literal('correct'), mark, from: time, to: time, reason: text }),
  z.object({ ...eventBase, kind: z.literal('undo'), mark }),
  z.object({ ...eventBase, kind: z.literal('pause'), reason: text }),
  z.object({ ...eventBase, kind: z.literal('resume') }),
  z.object({ ...eventBase, kind: z.literal('abort'), reason: text }),
  z.object({
    ...eventBase,
    kind: z.literal('side'),
    side: z.enum(['stakeholders-notified', 'runbook-used', 'automation-used', 'escalation']),
    detail: text,
  }),
  z.object({
    ...eventBase,
    kind: z.literal('note'),
    noteKind: z.enum(['observation', 'decision', 'hypothesis', 'action']),
    text,
  }),
]);

const actionItem = z.object({
  ...stamped,
  teamId: id,
  title: name,
  ownerId: z._default(z.nullable(id), null),
  due: z._default(z.nullable(isoDate), null),
  status: z.enum(['open', 'in-progress', 'done']),
  source: z._default(
    z.object({
      kind: z.enum(['assessment', 'drill', 'manual']),
      id: z.nullable(id),
      criterionId: z.nullable(id),
    }),
    () => ({ kind: 'manual' as const, id: null, criterionId: null }),
  ),
});

// A setting's value type is fixed by its key; a key this app does not know is refused rather
// than dropped, since a newer app that added it would expect it back.
const setting = z.discriminatedUnion('key', [
  z.object({ key: z.literal('currentTeamId'), value: z.nullable(id), updatedAt: time }),
  z.object({
    key: z.literal('theme'),
    value: z.enum(['system', 'light', 'dark']),
    updatedAt: time,
  }),
]);

type Normalise = (record: Record<string, unknown>) => Record<string, unknown>;

/** Normalisations that need more than one field of the record. */
export const NORMALISE: Partial<Record<BackupStore, Normalise>> = {
  answers: (record) =>
    record.evidence === undefined
      ? {
          ...record,
          evidence: { text: '', links: [], drillIds: [], updatedAt: record.updatedAt },
        }
      : record,
};

export const RECORD_SCHEMAS: Readonly<Record<BackupStore, z.ZodMiniType>> = {
  teams: team,
  services: service,
  people: person,
  scenarios: scenario,
  assessments: assessment,
  answers: answer,
  targets: target,
  drills: drill,
  drillEvents: drillEvent,
  actionItems: actionItem,
  settings: setting,
};

// What happened during a drill: marks, corrections, pauses, notes. Drill events are append-only
// (a correction is a new event, never an edit), which is what makes a run survive a crash and lets
// backups merge them as a plain union. Since schema version 4 they are stored inside their drill's
// run (./drill-runs.ts); the store named here is the flat list of older databases and files.
import * as z from 'zod/mini';
import {
  instant,
  listOf,
  longText,
  nameText,
  recordId,
  wholeNumber,
  type EpochMs,
  type Id,
} from './common';
import { byText, defineRecordKind } from './define';
import { CHECKLISTS, MARKS, type ChecklistId, type DrillMarkId } from './drills';

export const SIDE_KINDS = [
  'stakeholders-notified',
  'runbook-used',
  'automation-used',
  'escalation',
] as const;
export type SideEventKind = (typeof SIDE_KINDS)[number];

export const NOTE_KINDS = ['observation', 'decision', 'hypothesis', 'action'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const INJECT_OUTCOMES = ['delivered', 'skipped'] as const;
export type InjectOutcome = (typeof INJECT_OUTCOMES)[number];

/** One go / no-go prerequisite and who confirmed it. */
export interface Confirmation {
  readonly prerequisite: string;
  readonly by: string;
}

export interface DrillEventBase {
  readonly id: Id;
  readonly drillId: Id;
  readonly teamId: Id;
  /** Order of recording within the drill. */
  readonly seq: number;
  /** When it happened (epoch ms, from the input event's timestamp). */
  readonly at: EpochMs;
  /** When it was written. */
  readonly recordedAt: EpochMs;
}

/** What a drill event says; `kind` tells the shapes apart. */
export type DrillEventBody =
  | { readonly kind: 'mark'; readonly mark: DrillMarkId }
  /** The phase ending at `mark` did not happen as its own step; `at` is where it was passed. */
  | { readonly kind: 'skip'; readonly mark: DrillMarkId }
  /** A mark moved to `to`; `from` is the value it had, so the audit trail keeps every original. */
  | {
      readonly kind: 'correct';
      readonly mark: DrillMarkId;
      readonly from: EpochMs;
      readonly to: EpochMs;
      readonly reason: string;
    }
  /** Takes back the latest mark or skip (`mark`); the undone event itself stays stored. */
  | { readonly kind: 'undo'; readonly mark: DrillMarkId }
  | { readonly kind: 'pause'; readonly reason: string }
  | { readonly kind: 'resume' }
  | { readonly kind: 'abort'; readonly reason: string }
  | { readonly kind: 'side'; readonly side: SideEventKind; readonly detail: string }
  | { readonly kind: 'note'; readonly noteKind: NoteKind; readonly text: string }
  /** Go / no-go, just before the start: each prerequisite of the drill and who confirmed it. */
  | { readonly kind: 'go'; readonly confirmed: readonly Confirmation[] }
  /** The drill kit's inject number `inject` (0-based) was delivered or skipped. */
  | { readonly kind: 'inject'; readonly inject: number; readonly outcome: InjectOutcome }
  /** The drill kit's hint number `hint` was given. */
  | { readonly kind: 'hint'; readonly hint: number }
  /** Item `item` of a checklist ticked (`done`) or unticked. */
  | {
      readonly kind: 'tick';
      readonly list: ChecklistId;
      readonly item: number;
      readonly done: boolean;
    };

export type DrillEventKind = DrillEventBody['kind'];

export type DrillEventRecord = DrillEventBase & DrillEventBody;

export const drillEventKind = defineRecordKind<DrillEventRecord>()({
  store: 'drillEvents',
  label: { one: 'Drill event', all: 'Drill marks and notes' },
  key: 'id',
  indexes: 'id, drillId, [drillId+seq], teamId',
  owners: { drillId: 'drills', teamId: 'teams' },
  // Each drill's run together, in the order it is read back.
  order: (a, b) => byText(a.drillId, b.drillId) || a.seq - b.seq || byText(a.id, b.id),
  schema: () => {
    const base = {
      id: recordId(),
      drillId: recordId(),
      teamId: recordId(),
      seq: wholeNumber(0, 1_000_000),
      at: instant(),
      recordedAt: instant(),
    };
    const mark = z.enum(MARKS);
    const index = wholeNumber(0, 1_000);
    return z.discriminatedUnion('kind', [
      z.strictObject({ ...base, kind: z.literal('mark'), mark }),
      z.strictObject({ ...base, kind: z.literal('skip'), mark }),
      z.strictObject({
        ...base,
        kind: z.literal('correct'),
        mark,
        from: instant(),
        to: instant(),
        reason: longText(),
      }),
      z.strictObject({ ...base, kind: z.literal('undo'), mark }),
      z.strictObject({ ...base, kind: z.literal('pause'), reason: longText() }),
      z.strictObject({ ...base, kind: z.literal('resume') }),
      z.strictObject({ ...base, kind: z.literal('abort'), reason: longText() }),
      z.strictObject({
        ...base,
        kind: z.literal('side'),
        side: z.enum(SIDE_KINDS),
        detail: longText(),
      }),
      z.strictObject({
        ...base,
        kind: z.literal('note'),
        noteKind: z.enum(NOTE_KINDS),
        text: longText(),
      }),
      z.strictObject({
        ...base,
        kind: z.literal('go'),
        confirmed: listOf(z.strictObject({ prerequisite: longText(), by: nameText() })),
      }),
      z.strictObject({
        ...base,
        kind: z.literal('inject'),
        inject: index,
        outcome: z.enum(INJECT_OUTCOMES),
      }),
      z.strictObject({ ...base, kind: z.literal('hint'), hint: index }),
      z.strictObject({
        ...base,
        kind: z.literal('tick'),
        list: z.enum(CHECKLISTS),
        item: index,
        done: z.boolean(),
      }),
    ]);
  },
  // Every field of each kind has been there since that kind was added.
  restore: (stored) => stored,
});

// Every stored record kind, registered once. The database's tables, the backup file's stores,
// import validation and upgrades all read this list, so a new kind is one file here and one line
// below (plus, as IndexedDB requires, a schema version declaring its store).
import type * as z from 'zod/mini';
import { actionItemKind } from './action-items';
import { answerKind } from './answers';
import { assessmentKind } from './assessments';
import type { RecordKind } from './define';
import { drillRunKind } from './drill-runs';
import { drillKind } from './drills';
import { personKind } from './people';
import { scenarioKind } from './scenarios';
import { serviceKind } from './services';
import { settingKind } from './settings';
import { targetKind } from './targets';
import { teamKind } from './teams';
import { incidentKind } from './incidents';
import { importMappingKind } from './import-mappings';
import { modelKind } from './models';
import { teamGroupKind } from './team-groups';

/** In the order a backup lists them: owners before what they own. */
export const RECORD_KINDS = [
  modelKind,
  teamKind,
  teamGroupKind,
  serviceKind,
  personKind,
  scenarioKind,
  assessmentKind,
  answerKind,
  targetKind,
  drillKind,
  drillRunKind,
  actionItemKind,
  incidentKind,
  importMappingKind,
  settingKind,
] as const;

type AnyKind = (typeof RECORD_KINDS)[number];

export type StoreName = AnyKind['store'];

/** Every store's record type, by store. */
type RecordTypes = {
  [K in AnyKind as K['store']]: K extends { readonly schema: () => z.ZodMiniType<infer R> }
    ? R
    : never;
};
type KeyFields = { [K in AnyKind as K['store']]: K['key'] };

/** The record type a store holds. */
export type RecordOf<S extends StoreName> = RecordTypes[S];

/** The field that is a store's primary key. */
export type KeyFieldOf<S extends StoreName> = KeyFields[S] & keyof RecordOf<S>;

/** The type of a store's primary key. */
export type KeyOf<S extends StoreName> = RecordOf<S>[KeyFieldOf<S>];

/** A registered kind, typed by its store. */
export type RecordKindOf<S extends StoreName> = RecordKind<S, RecordOf<S>, KeyFieldOf<S>>;

export const STORE_NAMES: readonly StoreName[] = RECORD_KINDS.map((kind) => kind.store);

const BY_STORE = new Map<string, AnyKind>(RECORD_KINDS.map((kind) => [kind.store, kind]));

export function recordKind<S extends StoreName>(store: S): RecordKindOf<S> {
  // The list above holds exactly one kind per store, and each kind's record type is its own.
  return BY_STORE.get(store) as unknown as RecordKindOf<S>;
}

export function isStoreName(name: string): name is StoreName {
  return BY_STORE.has(name);
}

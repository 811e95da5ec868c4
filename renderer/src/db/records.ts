// The shapes stored in IndexedDB. Every user-owned record carries an id (a UUID, stable across
// machines so backups merge by id) and createdAt/updatedAt in epoch milliseconds (merge keeps the
// newer updatedAt). Indexed fields are declared per schema version in ./schema; fields that are not
// indexed may be added later without a schema version, as long as ./restore normalises old records.

export type Id = string;
/** Epoch milliseconds. */
export type EpochMs = number;
/** A calendar date, `YYYY-MM-DD`, with no time zone: what a user means by "the 3rd of March". */
export type IsoDate = string;

export interface Stamped {
  readonly id: Id;
  readonly createdAt: EpochMs;
  readonly updatedAt: EpochMs;
}

export interface TeamRecord extends Stamped {
  readonly name: string;
}

export type ServiceTier = 1 | 2 | 3;

export interface ServiceRecord extends Stamped {
  readonly teamId: Id;
  readonly name: string;
  /** 1 = most critical. */
  readonly tier: ServiceTier;
}

export interface PersonRecord extends Stamped {
  readonly teamId: Id;
  readonly name: string;
  readonly role: string;
}

export type AssessmentStatus = 'draft' | 'final';

export interface RaterRef {
  readonly id: Id;
  readonly name: string;
}

export interface AssessmentRecord extends Stamped {
  readonly teamId: Id;
  /** The maturity model version the assessment was taken against, e.g. `mttr-maturity@1`. */
  readonly modelId: string;
  readonly status: AssessmentStatus;
  readonly takenOn: IsoDate;
  readonly facilitator: string;
  readonly raters: readonly RaterRef[];
  readonly finalisedAt: EpochMs | null;
  readonly clonedFrom: Id | null;
}

export type AnswerValue = 'no' | 'partly' | 'mostly' | 'yes' | 'na';

/** The rater id under which the facilitator's agreed answer is stored; it is the one that scores. */
export const AGREED_RATER_ID = 'agreed';

export interface EvidenceRecord {
  readonly text: string;
  readonly links: readonly string[];
  readonly drillIds: readonly Id[];
  readonly updatedAt: EpochMs;
}

export interface AnswerRecord extends Stamped {
  readonly assessmentId: Id;
  readonly teamId: Id;
  readonly raterId: Id;
  readonly criterionId: string;
  readonly value: AnswerValue | null;
  readonly naReason: string;
  readonly evidence: EvidenceRecord;
}

export interface TargetRecord extends Stamped {
  readonly teamId: Id;
  readonly categoryId: string;
  readonly level: number;
}

/** A user's own scenario template. Built-in templates live in code and are never stored. */
export interface ScenarioRecord extends Stamped {
  readonly name: string;
  /** The built-in or user template this one was copied from, if any. */
  readonly derivedFrom: string | null;
}

export type DrillStatus = 'planned' | 'running' | 'completed' | 'aborted';
export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';

export interface DrillRecord extends Stamped {
  readonly teamId: Id;
  readonly scenarioId: string;
  readonly status: DrillStatus;
  readonly severity: Severity;
  readonly plannedFor: IsoDate;
  readonly serviceIds: readonly Id[];
}

/**
 * One thing that happened during a drill: a mark, a correction, a pause, a note. Drill events are
 * append-only (a correction is a new event, never an edit), which is what makes a run survive a
 * crash and lets backups merge them as a plain union.
 */
export interface DrillEventRecord {
  readonly id: Id;
  readonly drillId: Id;
  readonly teamId: Id;
  /** Order of recording within the drill. */
  readonly seq: number;
  readonly kind: string;
  /** When it happened (epoch ms, from the input event's timestamp). */
  readonly at: EpochMs;
  /** When it was written. */
  readonly recordedAt: EpochMs;
}

export type ActionItemStatus = 'open' | 'in-progress' | 'done';

export interface ActionItemSource {
  readonly kind: 'assessment' | 'drill' | 'manual';
  readonly id: Id | null;
  readonly criterionId: string | null;
}

export interface ActionItemRecord extends Stamped {
  readonly teamId: Id;
  readonly title: string;
  readonly ownerId: Id | null;
  readonly due: IsoDate | null;
  readonly status: ActionItemStatus;
  readonly source: ActionItemSource;
}

export type ThemePreference = 'system' | 'light' | 'dark';

/** App settings, one record per key; the value's type is fixed by the key. */
export interface SettingValues {
  readonly currentTeamId: Id | null;
  readonly theme: ThemePreference;
}
export type SettingKey = keyof SettingValues;

export interface SettingRecord<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly value: SettingValues[K];
  readonly updatedAt: EpochMs;
}

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
  /** Who took part. */
  readonly participants: readonly RaterRef[];
  /**
   * Who answers independently. With two or more, each rater's answers are kept under their own
   * id and the facilitator records the agreed answer; otherwise answers are the agreed ones.
   */
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
  readonly description: string;
  /** A sentence with the team's expectation, e.g. "we detect within 5 minutes". */
  readonly hypothesis: string;
  readonly injectionSteps: readonly string[];
  readonly detectionSignal: string;
  readonly runbook: readonly string[];
  readonly targets: PhaseTargets;
}

/** The milestones a facilitator marks during a run, in order; each ends the phase before it. */
export type DrillMarkId =
  'start' | 'detected' | 'acknowledged' | 'diagnosed' | 'mitigated' | 'recovered' | 'closed';
export type DrillPhaseId = 'detect' | 'acknowledge' | 'diagnose' | 'mitigate' | 'verify' | 'close';
/** Target duration per phase, in whole minutes. */
export type PhaseTargets = Readonly<Record<DrillPhaseId, number>>;

/** People by name: from the team's people or free names (guests, other teams). */
export interface DrillRoles {
  readonly facilitator: string;
  readonly incidentCommander: string;
  readonly scribe: string;
  readonly responders: readonly string[];
  readonly observers: readonly string[];
}

export type HypothesisHeld = 'yes' | 'no' | 'partly';

export interface DrillReview {
  readonly hypothesisHeld: HypothesisHeld;
  readonly wentWell: string;
  readonly wentBadly: string;
  readonly reviewHeld: boolean;
  readonly savedAt: EpochMs;
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
  readonly title: string;
  /** The scenario's name when planned, so the drill reads the same if the scenario changes. */
  readonly scenarioName: string;
  readonly hypothesis: string;
  readonly roles: DrillRoles;
  readonly targets: PhaseTargets;
  readonly review: DrillReview | null;
}

/**
 * One thing that happened during a drill: a mark, a correction, a pause, a note. Drill events are
 * append-only (a correction is a new event, never an edit), which is what makes a run survive a
 * crash and lets backups merge them as a plain union.
 */
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

export type SideEventKind =
  'stakeholders-notified' | 'runbook-used' | 'automation-used' | 'escalation';
export type NoteKind = 'observation' | 'decision' | 'hypothesis' | 'action';

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
  | { readonly kind: 'note'; readonly noteKind: NoteKind; readonly text: string };

export type DrillEventKind = DrillEventBody['kind'];

export type DrillEventRecord = DrillEventBase & DrillEventBody;

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

// Incidents imported from a team's incident tool (PagerDuty, Opsgenie, a spreadsheet…), kept
// beside the drills so a team can see whether it recovers faster in reality. A milestone the file
// did not record is `null` ("not recorded"), never 0 and never guessed; every recorded time keeps
// which field of which file it came from, so a figure can always be traced back to the export.
// An incident is named by its tool and the tool's own id (`sourceKey` + `sourceId`) within its
// team: importing the next export of the same tool updates it, never duplicates it.
import * as z from 'zod/mini';
import {
  idText,
  instant,
  listOf,
  longText,
  nameText,
  recordId,
  stampedFields,
  type EpochMs,
  type Id,
  type Stamped,
} from './common';
import { defineRecordKind } from './define';
import { SEVERITIES, type Severity } from './drills';

/** In the order they normally happen. */
export const INCIDENT_MILESTONES = [
  'impactBegan',
  'detected',
  'acknowledged',
  'diagnosed',
  'mitigated',
  'recovered',
  'closed',
  'stakeholdersNotified',
] as const;
export type IncidentMilestoneId = (typeof INCIDENT_MILESTONES)[number];

/** The tools an incident can come from; `csv` is any spreadsheet read through a mapping. */
export const INCIDENT_SOURCES = [
  'pagerduty',
  'opsgenie',
  'incident-io',
  'firehydrant',
  'rootly',
  'grafana-oncall',
  'servicenow',
  'jira',
  'csv',
] as const;
export type IncidentSource = (typeof INCIDENT_SOURCES)[number];

/**
 * Recovered incidents count in the figures. An open one is stored too, so the next export that
 * finds it resolved updates it, but it is never counted as a recovery.
 */
export const INCIDENT_STATES = ['recovered', 'open'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export interface StoredMilestone {
  readonly at: EpochMs;
  /** Where the time came from, as a user would find it in the file: `acknowledgements[0].at`. */
  readonly field: string;
  /** The value as the file wrote it. */
  readonly raw: string;
  /** Set when the incident's creation stands in for a detection the tool did not record. */
  readonly standIn?: 'creation';
  /** Said beside the time when reading it took a choice (a local time that happened twice). */
  readonly note?: string;
}

export type StoredMilestones = {
  readonly [M in IncidentMilestoneId]: StoredMilestone | null;
};

/** A yes/no the file states, and where; `null` on the record is unknown, never false. */
export interface StoredFlag {
  readonly value: boolean;
  readonly field: string;
}

export interface IncidentRecord extends Stamped {
  readonly teamId: Id;
  readonly title: string;
  /** How the tool shows it to people ("#1234", "INC0012"), when that differs from its id. */
  readonly reference: string | null;
  /** null: the file records no severity. */
  readonly severity: Severity | null;
  readonly severityRaw: string | null;
  /**
   * Service names as the file writes them. They are matched to the team's services by name when
   * read, so renaming a service or adding it later just works; an unmatched name is kept and shown.
   */
  readonly services: readonly string[];
  /** The team (or escalation policy, assignment group) the file named, as written. */
  readonly teamHint: string | null;
  readonly source: IncidentSource;
  /** The tool, or for a mapped spreadsheet the source name its mapping gives. */
  readonly sourceKey: string;
  readonly sourceId: string;
  readonly state: IncidentState;
  readonly milestones: StoredMilestones;
  readonly runbookUsed: StoredFlag | null;
  readonly automationUsed: StoredFlag | null;
  readonly reviewHeld: StoredFlag | null;
  /** Sentences shown with the incident (a time read across a clock change, …). */
  readonly notes: readonly string[];
  /** The file the current copy came from, and when it was imported. */
  readonly importedFrom: { readonly fileName: string; readonly at: EpochMs };
}

const milestone = () =>
  z.strictObject({
    at: instant(),
    field: nameText(),
    raw: nameText(),
    standIn: z.optional(z.literal('creation')),
    note: z.optional(longText()),
  });

const flag = () => z.nullable(z.strictObject({ value: z.boolean(), field: nameText() }));

export const incidentKind = defineRecordKind<IncidentRecord>()({
  store: 'incidents',
  label: { one: 'Incident', all: 'Incidents' },
  key: 'id',
  // The natural key is unique: a second copy of one tool's incident in a team is damage.
  indexes: 'id, teamId, &[teamId+sourceKey+sourceId]',
  owners: { teamId: 'teams' },
  schema: () =>
    z.strictObject({
      ...stampedFields(),
      teamId: recordId(),
      title: nameText(),
      reference: z.nullable(nameText()),
      severity: z.nullable(z.enum(SEVERITIES)),
      severityRaw: z.nullable(nameText()),
      services: listOf(nameText()),
      teamHint: z.nullable(nameText()),
      source: z.enum(INCIDENT_SOURCES),
      sourceKey: idText(),
      sourceId: nameText().check(z.minLength(1)),
      state: z.enum(INCIDENT_STATES),
      milestones: z.strictObject({
        impactBegan: z.nullable(milestone()),
        detected: z.nullable(milestone()),
        acknowledged: z.nullable(milestone()),
        diagnosed: z.nullable(milestone()),
        mitigated: z.nullable(milestone()),
        recovered: z.nullable(milestone()),
        closed: z.nullable(milestone()),
        stakeholdersNotified: z.nullable(milestone()),
      }),
      runbookUsed: flag(),
      automationUsed: flag(),
      reviewHeld: flag(),
      notes: listOf(longText()),
      importedFrom: z.strictObject({ fileName: nameText(), at: instant() }),
    }),
  // New in schema version 3: every stored incident has every field.
  restore: (stored) => stored,
});

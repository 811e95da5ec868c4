// What an importer makes of one incident in a file. Policy: a milestone the file does not record
// is `undefined` ("not recorded"), never 0 and never guessed; every recorded time says which field
// of the file it came from, so the app can show it beside the figure. Severity, services and the
// team are kept as the file wrote them next to what the app made of them.

import type { EpochMs } from '../records/common';
import type { Severity } from '../records/drills';
import {
  INCIDENT_MILESTONES,
  type IncidentMilestoneId,
  type IncidentSource,
} from '../records/incidents';

export type { EpochMs };

export interface MilestoneTime {
  readonly at: EpochMs;
  /**
   * Where the time came from, as a user would find it in the file: `acknowledgements[0].at`,
   * `report.ackTime (ms after createdAt)`, `Resolved (read in Europe/Berlin)`.
   */
  readonly field: string;
  /** The value as the file wrote it. */
  readonly raw: string;
  /**
   * Set when the tool recorded no separate detection and the incident's creation (its trigger)
   * stands in for it: the app says so beside every figure measured from it.
   */
  readonly standIn?: 'creation';
  /** Said beside the time when reading it took a choice (a local time that happened twice or never). */
  readonly note?: string;
}

export type Milestones = { readonly [M in IncidentMilestoneId]: MilestoneTime | undefined };

/** A yes/no the file states, and where. Not stated is `undefined` (unknown), never false. */
export interface KnownFlag {
  readonly value: boolean;
  readonly field: string;
}

/** Where a record sits in its file: "record 12" of a JSON list, "row 5" of a spreadsheet. */
export interface Place {
  readonly kind: 'record' | 'row';
  /** From 1, as a user counts; a CSV row counts the header as row 1, as spreadsheets do. */
  readonly number: number;
}

export interface ParsedIncident {
  readonly tool: IncidentSource;
  /**
   * The key re-imports are matched by, with `sourceId`: the tool, or for a mapped CSV the name
   * the mapping gives its source, so two spreadsheets' "1" never collide.
   */
  readonly sourceKey: string;
  readonly sourceId: string;
  /** How the tool shows the incident to people, when that differs from its id: "#1234", "INC-12". */
  readonly reference: string | undefined;
  readonly title: string;
  /** undefined: the file records no severity for this incident. */
  readonly severity: Severity | undefined;
  readonly severityRaw: string | undefined;
  readonly severityField: string | undefined;
  /** Service names as the file writes them; matching them to the team's is for the caller. */
  readonly services: readonly string[];
  readonly teamHint: string | undefined;
  readonly milestones: Milestones;
  readonly runbookUsed: KnownFlag | undefined;
  readonly automationUsed: KnownFlag | undefined;
  readonly reviewHeld: KnownFlag | undefined;
  /** Sentences the preview shows with the incident (a time read across a clock change, …). */
  readonly notes: readonly string[];
  readonly place: Place;
}

export function describePlace(place: Place): string {
  return `${place.kind} ${place.number}`;
}

export const NO_MILESTONES: Milestones = Object.freeze(
  Object.fromEntries(INCIDENT_MILESTONES.map((id) => [id, undefined])) as Record<
    IncidentMilestoneId,
    undefined
  >,
);

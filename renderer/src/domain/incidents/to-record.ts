// A file's incident as the record the app stores. The file says "not recorded" with `undefined`;
// the store says it with `null` (IndexedDB and JSON keep null, and drop undefined). Neither is ever
// 0. Every time keeps the field it came from and its value as written, and the record keeps the
// file's name, so the incident's page can say where each time came from.
import type { EpochMs, Id } from '../records/common';
import {
  INCIDENT_MILESTONES,
  type IncidentRecord,
  type IncidentState,
  type StoredFlag,
  type StoredMilestone,
  type StoredMilestones,
} from '../records/incidents';
import type { KnownFlag, MilestoneTime, ParsedIncident } from './incident';

/** Where the incident is stored and what the import knows about itself. */
export interface RecordTarget {
  readonly teamId: Id;
  readonly fileName: string;
  readonly now: EpochMs;
}

/** The stored part of one time: optional fields are left out, never written as undefined. */
function storedMilestone(time: MilestoneTime | undefined): StoredMilestone | null {
  if (time === undefined) return null;
  return {
    at: time.at,
    field: time.field,
    raw: time.raw,
    ...(time.standIn === undefined ? {} : { standIn: time.standIn }),
    ...(time.note === undefined ? {} : { note: time.note }),
  };
}

const storedFlag = (flag: KnownFlag | undefined): StoredFlag | null =>
  flag === undefined ? null : { value: flag.value, field: flag.field };

function storedMilestones(incident: ParsedIncident): StoredMilestones {
  return Object.fromEntries(
    INCIDENT_MILESTONES.map((id) => [id, storedMilestone(incident.milestones[id])]),
  ) as unknown as StoredMilestones;
}

/**
 * The record for a file's incident. `id` and `createdAt` are a new record's, or the stored copy's
 * when the import updates it.
 */
export function toIncidentRecord(
  incident: ParsedIncident,
  state: IncidentState,
  target: RecordTarget,
  identity: { readonly id: Id; readonly createdAt: EpochMs },
): IncidentRecord {
  return {
    id: identity.id,
    createdAt: identity.createdAt,
    updatedAt: target.now,
    teamId: target.teamId,
    title: incident.title,
    reference: incident.reference ?? null,
    severity: incident.severity ?? null,
    severityRaw: incident.severityRaw ?? null,
    services: [...incident.services],
    teamHint: incident.teamHint ?? null,
    source: incident.tool,
    sourceKey: incident.sourceKey,
    sourceId: incident.sourceId,
    state,
    milestones: storedMilestones(incident),
    runbookUsed: storedFlag(incident.runbookUsed),
    automationUsed: storedFlag(incident.automationUsed),
    reviewHeld: storedFlag(incident.reviewHeld),
    notes: [...incident.notes],
    importedFrom: { fileName: target.fileName, at: target.now },
  };
}

/** True when importing `next` over `stored` would change nothing a user could see or count. */
export function sameIncident(stored: IncidentRecord, next: IncidentRecord): boolean {
  return contentOf(stored) === contentOf(next);
}

/**
 * What the incident is, leaving out when and from which file it was imported, with keys sorted:
 * a record read back from storage may list its keys in another order than one built here.
 */
function contentOf(record: IncidentRecord): string {
  const rest = Object.fromEntries(
    Object.entries(record).filter(([key]) => !(IMPORT_STAMPS as readonly string[]).includes(key)),
  );
  return JSON.stringify(sortKeys(rest));
}

/** When and from which file a copy was imported: not part of what the incident is. */
const IMPORT_STAMPS = ['id', 'createdAt', 'updatedAt', 'importedFrom'] as const;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

// A file's incident as the record the app stores. The file says "not recorded" with `undefined`;
// the store says it with `null` (IndexedDB and JSON keep null, and drop undefined). Neither is ever
// 0. Every time keeps the field it came from and its value as written, and the record keeps the
// file's name, so the incident's page can say where each time came from.
import type { EpochMs, Id } from '../records/common';
import {
  INCIDENT_MILESTONES,
  type IncidentMilestoneId,
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
  const stored: Partial<Record<IncidentMilestoneId, StoredMilestone | null>> = {};
  for (const id of INCIDENT_MILESTONES) stored[id] = storedMilestone(incident.milestones[id]);
  return stored as StoredMilestones;
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

/** When and from which file a copy was imported: not part of what the incident is. */
const IMPORT_STAMPS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'importedFrom',
]);

/**
 * True when importing `next` over `stored` would change nothing a user could see or count. Keys
 * may come in another order from storage, and an absent key equals one holding undefined.
 */
export function sameIncident(stored: IncidentRecord, next: IncidentRecord): boolean {
  return sameValue(stored, next, IMPORT_STAMPS);
}

function sameValue(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (skip?.has(key) === true) continue;
    if (!sameValue(left[key], right[key])) return false;
  }
  return true;
}

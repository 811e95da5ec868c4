// The store's limits on an incident record (domain/records/incidents.ts), checked field by field
// with a message a user can act on. The importers already keep within them; this is the net that
// says so if one does not, in a few microseconds a record: the store's schema takes thirty times
// as long, which 20,000 incidents a preview cannot afford. The test holds the two to agreement.
import {
  EARLIEST_TIME,
  ID_MAX,
  LATEST_TIME,
  LIST_MAX,
  NAME_MAX,
  TEXT_MAX,
} from '../records/common';
import { INCIDENT_MILESTONES, type IncidentRecord } from '../records/incidents';
import { MILESTONE_LABELS } from '../words/incidents';

type Check = string | undefined;

const text = (value: string | null | undefined, max: number, what: string, min = 0): Check => {
  if (value === null || value === undefined) return undefined;
  if (value.length < min) return `${what} is empty`;
  return value.length > max ? `${what} is longer than ${max} characters` : undefined;
};

function list(values: readonly string[], max: number, what: string): Check {
  if (values.length > LIST_MAX) {
    return `it has ${values.length} ${what}, more than the ${LIST_MAX} an incident can keep`;
  }
  for (const value of values) {
    if (value.length > max) return text(value, max, `one of its ${what}`);
  }
  return undefined;
}

const inRange = (at: number) => Number.isFinite(at) && at >= EARLIEST_TIME && at <= LATEST_TIME;

function milestoneProblem(record: IncidentRecord): Check {
  for (const id of INCIDENT_MILESTONES) {
    const time = record.milestones[id];
    if (time === null) continue;
    // Words are made only for a time that breaks a limit: this runs for every incident.
    const fits =
      inRange(time.at) &&
      time.field.length <= NAME_MAX &&
      time.raw.length <= NAME_MAX &&
      (time.note?.length ?? 0) <= TEXT_MAX;
    if (fits) continue;
    const what = `its ${MILESTONE_LABELS[id].toLowerCase()} time`;
    return inRange(time.at)
      ? (text(time.field, NAME_MAX, `the field of ${what}`) ??
          text(time.raw, NAME_MAX, what) ??
          text(time.note, TEXT_MAX, `the note on ${what}`))
      : `${what} is not a time between the years 2000 and 2200`;
  }
  return undefined;
}

/** Why the record cannot be stored, in words, or undefined when it fits. */
export function storeLimitProblem(record: IncidentRecord): string | undefined {
  return (
    text(record.sourceKey, ID_MAX, 'the name of its source', 1) ??
    text(record.sourceId, NAME_MAX, 'its id', 1) ??
    text(record.title, NAME_MAX, 'its title') ??
    text(record.reference, NAME_MAX, 'its reference') ??
    text(record.severityRaw, NAME_MAX, 'its severity') ??
    text(record.teamHint, NAME_MAX, 'its team') ??
    text(record.importedFrom.fileName, NAME_MAX, 'the file’s name') ??
    list(record.services, NAME_MAX, 'services') ??
    list(record.notes, TEXT_MAX, 'notes') ??
    text(record.runbookUsed?.field, NAME_MAX, 'the field its runbook use came from') ??
    text(record.automationUsed?.field, NAME_MAX, 'the field its automation use came from') ??
    text(record.reviewHeld?.field, NAME_MAX, 'the field its review came from') ??
    milestoneProblem(record)
  );
}

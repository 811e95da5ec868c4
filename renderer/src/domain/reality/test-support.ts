// Builds stored incidents for tests (test code, not used by the app): each milestone given in
// minutes after 10:00 UTC of a day counted from 1 Jan 2025 (the drills' fixtures' day 0); a
// milestone left out is not recorded.
import type { IncidentMilestoneId, IncidentRecord, StoredFlag } from '../records/incidents';
import { INCIDENT_MILESTONES } from '../records/incidents';
import type { Severity } from '../records/drills';
import { DAY0 } from '../trends/trends-fixtures';

const DAY = 86_400_000;

export interface IncidentSpec {
  readonly id: string;
  readonly teamId?: string;
  readonly day: number;
  /** Minutes after the day's 10:00 UTC; a missing milestone is not recorded. */
  readonly at: Partial<Record<IncidentMilestoneId, number>>;
  readonly state?: 'recovered' | 'open';
  readonly severity?: Severity | null;
  readonly services?: readonly string[];
  /** The detection time is the incident's creation, standing in. */
  readonly standIn?: boolean;
  readonly runbook?: boolean;
  readonly automation?: boolean;
  readonly review?: boolean;
  readonly sourceKey?: string;
}

const flag = (value: boolean | undefined): StoredFlag | null =>
  value === undefined ? null : { value, field: 'flag' };

export function incidentRecord(spec: IncidentSpec): IncidentRecord {
  const base = DAY0 + spec.day * DAY;
  const milestones = Object.fromEntries(
    INCIDENT_MILESTONES.map((id) => {
      const minutes = spec.at[id];
      if (minutes === undefined) return [id, null];
      const at = base + minutes * 60_000;
      return [
        id,
        {
          at,
          field: id,
          raw: new Date(at).toISOString(),
          ...(id === 'detected' && spec.standIn === true ? { standIn: 'creation' as const } : {}),
        },
      ];
    }),
  ) as unknown as IncidentRecord['milestones'];
  return {
    id: spec.id,
    teamId: spec.teamId ?? 'team-a',
    title: `Incident ${spec.id}`,
    reference: null,
    severity: spec.severity === undefined ? 'SEV2' : spec.severity,
    severityRaw: null,
    services: spec.services ?? ['Checkout'],
    teamHint: null,
    source: 'pagerduty',
    sourceKey: spec.sourceKey ?? 'pagerduty',
    sourceId: spec.id,
    state: spec.state ?? 'recovered',
    milestones,
    runbookUsed: flag(spec.runbook),
    automationUsed: flag(spec.automation),
    reviewHeld: flag(spec.review),
    notes: [],
    importedFrom: { fileName: 'incidents.json', at: base },
    createdAt: base,
    updatedAt: base,
  };
}

/** An incident recovered `recover` minutes after detection (detected 5 minutes into the day). */
export function recoveredIn(id: string, day: number, recover: number): IncidentRecord {
  return incidentRecord({ id, day, at: { impactBegan: 0, detected: 5, recovered: 5 + recover } });
}

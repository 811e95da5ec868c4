// Test-only: real incidents for a team, put into a backup file and restored through Settings, so
// the Trends, Home, evidence and report specs have incidents before the import screens exist.
import { randomUUID } from 'node:crypto';
import type { SettingsPage } from './settings-page';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface SeedIncident {
  /** Days before now the incident was detected. */
  readonly daysAgo: number;
  /** Minutes from detection to recovery; undefined: the tool recorded no recovery time. */
  readonly recover?: number;
  readonly acknowledge?: number;
  readonly severity?: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  readonly services?: readonly string[];
  readonly open?: boolean;
  readonly standIn?: boolean;
  readonly review?: boolean;
}

function milestone(at: number, field: string, standIn = false) {
  return {
    at,
    field,
    raw: new Date(at).toISOString(),
    ...(standIn ? { standIn: 'creation' } : {}),
  };
}

export function incidentJson(teamId: string, index: number, spec: SeedIncident, now: number) {
  const detected = now - spec.daysAgo * DAY;
  const at = (minutes: number | undefined, field: string) =>
    minutes === undefined ? null : milestone(detected + minutes * MINUTE, field);
  return {
    id: randomUUID(),
    teamId,
    title: `Incident ${index + 1}`,
    reference: `#${1000 + index}`,
    severity: spec.severity ?? 'SEV2',
    severityRaw: spec.severity ?? 'SEV2',
    services: spec.services ?? [],
    teamHint: null,
    source: 'pagerduty',
    sourceKey: 'pagerduty',
    sourceId: `P${1000 + index}`,
    state: spec.open === true ? 'open' : 'recovered',
    milestones: {
      impactBegan: milestone(detected - 3 * MINUTE, 'impact_started_at'),
      detected: milestone(detected, 'created_at', spec.standIn === true),
      acknowledged: at(spec.acknowledge, 'acknowledgements[0].at'),
      diagnosed: null,
      mitigated: null,
      recovered: spec.open === true ? null : at(spec.recover, 'resolved_at'),
      closed: null,
      stakeholdersNotified: null,
    },
    runbookUsed: null,
    automationUsed: null,
    reviewHeld: spec.review === undefined ? null : { value: spec.review, field: 'postmortem' },
    notes: [],
    importedFrom: { fileName: 'incidents.json', at: now },
    createdAt: now,
    updatedAt: now,
  };
}

interface BackupShape {
  stores: Record<string, Record<string, unknown>[]>;
}

/**
 * Backs the database up, adds the incidents to the file for the team named, and restores it: the
 * restore merges, so only the incidents are new.
 */
export async function restoreWithIncidents(
  settings: SettingsPage,
  teamName: string,
  specs: readonly SeedIncident[],
): Promise<{ teamId: string; services: string[] }> {
  await settings.open();
  const backup = await settings.backUp();
  const json = JSON.parse(backup.text) as BackupShape;
  const team = json.stores.teams?.find((t) => t.name === teamName);
  if (team === undefined) throw new Error(`no team ${teamName} in the backup`);
  const teamId = String(team.id);
  const services = (json.stores.services ?? [])
    .filter((s) => s.teamId === teamId)
    .map((s) => String(s.name));
  const now = Date.now();
  json.stores.incidents = specs.map((spec, index) =>
    incidentJson(teamId, index, { ...spec, services: spec.services ?? services.slice(0, 1) }, now),
  );
  await settings.chooseBackup('with-incidents.json', JSON.stringify(json));
  await settings.confirmImport();
  await settings.app.expectToast(new RegExp(`Backup imported: ${specs.length} added`));
  return { teamId, services };
}

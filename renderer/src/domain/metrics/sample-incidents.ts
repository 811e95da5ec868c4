// Stored incidents made up for the metrics tests (not used by the app): for given teams, a
// deterministic spread of recovered incidents with heavy-tailed recovery times, every seventh one
// still open, every fifth without an acknowledgement and every sixth without a severity, from
// several tools, on the teams' own services (in the tools' own case) and on ones they never entered.
import type { EpochMs } from '../records/common';
import {
  INCIDENT_MILESTONES,
  type IncidentMilestoneId,
  type IncidentRecord,
  type IncidentSource,
  type StoredMilestone,
} from '../records/incidents';
import { SEVERITIES } from '../records/drills';
import type { TrendsSource } from '../trends/prepare';

const MINUTE = 60_000;
const TOOLS: readonly IncidentSource[] = ['pagerduty', 'opsgenie', 'incident-io', 'csv'];
/** Minutes to recover: most within the hour, a few for half a day, as real incidents go. */
const RECOVERY_MINUTES = [9, 14, 22, 31, 38, 47, 55, 70, 95, 140, 260, 610];

/** A UUID of the shape the app makes, numbered so the same index always gives the same id. */
const sampleId = (index: number) =>
  `00000000-0000-4000-8000-${(index + 1).toString(16).padStart(12, '0')}`;

export function sampleIncidents(
  source: Pick<TrendsSource, 'teams' | 'services'>,
  options: { readonly count: number; readonly now: EpochMs },
): IncidentRecord[] {
  const out: IncidentRecord[] = [];
  if (source.teams.length === 0) return out;
  for (let index = 0; index < options.count; index++) {
    const team = source.teams[index % source.teams.length];
    if (team === undefined) continue;
    const own = source.services.filter((service) => service.teamId === team.id);
    const service = own[index % Math.max(1, own.length)]?.name;
    const detected = options.now - (index + 1) * 2 * 86_400_000 + ((index * 37) % 600) * MINUTE;
    const recover = RECOVERY_MINUTES[(index * 5) % RECOVERY_MINUTES.length] ?? 30;
    const open = index % 7 === 6;
    const times: Partial<Record<IncidentMilestoneId, EpochMs>> = {
      impactBegan: detected - (3 + (index % 9)) * MINUTE,
      detected,
      ...(index % 5 === 4 ? {} : { acknowledged: detected + (1 + (index % 4)) * MINUTE }),
      diagnosed: detected + Math.round(recover * 0.4) * MINUTE,
      mitigated: detected + Math.round(recover * 0.8) * MINUTE,
      ...(open ? {} : { recovered: detected + recover * MINUTE }),
    };
    const tool = TOOLS[index % TOOLS.length] ?? 'csv';
    const at = options.now - 86_400_000;
    out.push({
      id: sampleId(index),
      teamId: team.id,
      title: `Sample incident ${String(index + 1)}`,
      reference: null,
      severity: index % 6 === 5 ? null : (SEVERITIES[index % SEVERITIES.length] ?? null),
      severityRaw: null,
      services: [
        // The tool's own spelling of the team's service; every eleventh, one the team never entered.
        index % 11 === 10 || service === undefined ? 'Legacy batch' : service.toLowerCase(),
      ],
      teamHint: null,
      source: tool,
      sourceKey: tool === 'csv' ? 'ops-spreadsheet' : tool,
      sourceId: `S${String(index + 1)}`,
      state: open ? 'open' : 'recovered',
      milestones: milestonesOf(times),
      runbookUsed: null,
      automationUsed: null,
      reviewHeld: null,
      notes: [],
      importedFrom: { fileName: `${tool}-export`, at },
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
}

function milestonesOf(
  times: Partial<Record<IncidentMilestoneId, EpochMs>>,
): IncidentRecord['milestones'] {
  const entries = INCIDENT_MILESTONES.map((id): [IncidentMilestoneId, StoredMilestone | null] => {
    const at = times[id];
    return [id, at === undefined ? null : { at, field: id, raw: new Date(at).toISOString() }];
  });
  return Object.fromEntries(entries) as IncidentRecord['milestones'];
}

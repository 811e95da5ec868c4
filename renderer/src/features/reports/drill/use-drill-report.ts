import { repos } from '../../../db/app-db';
import { useLive } from '../../../db/live';
import type { Id } from '../../../domain/records/common';
import { deriveRun } from '../../../domain/drills/run-state';
import { buildDrillReport, type DrillReportResult } from '../../../domain/reports/drill-report';
import { localZoneOffsetAt } from '../../../platform/reader';

/**
 * Everything the drill report prints, read live: null when there is no such drill, undefined while
 * loading.
 */
export function useDrillReport(drillId: Id): DrillReportResult | null | undefined {
  return useLive(async () => {
    const drill = await repos.drills.get(drillId);
    if (drill === undefined) return null;
    const [events, team, services, people, scenario, actionItems] = await Promise.all([
      repos.drillEvents.listForDrill(drillId),
      repos.teams.get(drill.teamId),
      repos.services.listForTeam(drill.teamId),
      repos.people.listForTeam(drill.teamId),
      repos.scenarios.get(drill.scenarioId),
      repos.actionItems.listForSource('drill', drillId),
    ]);
    return buildDrillReport({
      drill,
      state: deriveRun(events),
      teamName: team?.name ?? null,
      services,
      scenarioDescription: scenario?.description ?? null,
      actionItems,
      people,
      // The reader's own zone: a drill's times of day print as the facilitator's clock showed them.
      zoneOffsetAt: localZoneOffsetAt,
    });
  }, [drillId]);
}

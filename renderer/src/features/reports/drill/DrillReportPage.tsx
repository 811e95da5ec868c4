// /reports/drill/:drillId — the drill report: the drill's plan, what happened minute by minute,
// how each phase compared with its target, the measures, the review and the action items, laid
// out for paper. What it says comes from domain/reports/drill-report.
import '../../../styles/report-drill.css';
import { repos } from '../../../db/app-db';
import type { Id } from '../../../domain/records/common';
import { deriveRun } from '../../../domain/drills/run-state';
import { problem } from '../../../domain/outcome';
import { buildDrillReport } from '../../../domain/reports/drill-report';
import { localZoneOffsetAt } from '../../../platform/reader';
import { defineReportKind } from '../report-kind';
import { DrillReportBody } from './DrillReportBody';

export const MISSING_DRILL_MESSAGE = 'This drill no longer exists.';

/** Everything the report prints; null when there is no such drill. */
async function load(drillId: Id) {
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
  return { drill, events, team, services, people, scenario, actionItems };
}

export const drillReportKind = defineReportKind({
  kindLabel: 'Drill report',
  params: ({ params }) => params.drillId ?? '',
  load,
  model: (loaded, _drillId, clock) => {
    if (loaded === null) return problem(MISSING_DRILL_MESSAGE);
    const { drill, events, team, services, people, scenario, actionItems } = loaded;
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
      today: clock.today,
    });
  },
  title: ({ loaded, model }) => model?.title ?? (loaded === null ? 'Drill not found' : 'Drill'),
  fileName: (report) => report.fileName,
  target: (_report, drillId) => ({ kind: 'drill', drillId }),
  back: (drillId, { loaded }) =>
    loaded === null
      ? { to: '/drills', label: 'Back to drills' }
      : { to: `/drills/${drillId}`, label: 'Back to the drill' },
  Body: DrillReportBody,
});

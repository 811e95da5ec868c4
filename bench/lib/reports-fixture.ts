// One team with fifty completed drills, for the report benchmark: the demo data's four teams
// folded into its first one (their services, people, drills with every mark, pause, skip, side
// event and note, reviews and the action items the reviews raised), keeping the fifty newest
// completed drills and the team's own quarterly assessments (all final).
import type { DemoDataset } from '../../renderer/src/domain/demo/dataset';
import { generateDemoData } from '../../renderer/src/domain/demo/generate-demo';
import type { StoreRows } from './seeded-profile';

export const REPORT_DRILLS = 50;

export interface ReportsFixture {
  readonly stores: StoreRows;
  readonly teamId: string;
  readonly teamName: string;
  /** The team's latest final assessment: the one an assessment report is usually asked for. */
  readonly assessmentId: string;
  readonly drills: number;
  readonly assessments: number;
}

const byNewest = (a: { plannedFor: string; id: string }, b: { plannedFor: string; id: string }) =>
  b.plannedFor.localeCompare(a.plannedFor) || a.id.localeCompare(b.id);

export function fiftyDrillTeam(now: number): ReportsFixture {
  const demo: DemoDataset = generateDemoData({ seed: 2026, now });
  const team = demo.teams[0];
  if (team === undefined) throw new Error('The demo data has no team.');
  const drills = demo.drills
    .filter((d) => d.status === 'completed')
    .sort(byNewest)
    .slice(0, REPORT_DRILLS);
  if (drills.length !== REPORT_DRILLS) {
    throw new Error(`The demo data has only ${String(drills.length)} completed drills.`);
  }
  const drillIds = new Set(drills.map((d) => d.id));
  const own = <T extends { teamId: string }>(rows: readonly T[]) =>
    rows.filter((row) => row.teamId === team.id);
  const fold = <T extends { teamId: string }>(rows: readonly T[]): T[] =>
    rows.map((row) => ({ ...row, teamId: team.id }));
  const assessments = own(demo.assessments);
  const latest = assessments
    .filter((a) => a.status === 'final')
    .sort((a, b) => b.takenOn.localeCompare(a.takenOn) || a.id.localeCompare(b.id))[0];
  if (latest === undefined) throw new Error('The demo team has no final assessment.');
  const assessmentIds = new Set(assessments.map((a) => a.id));
  // An item raised by a drill or an assessment goes with it; one added by hand stays.
  const actionItems = demo.actionItems.filter(({ source }) =>
    source.kind === 'manual'
      ? true
      : drillIds.has(source.id ?? '') || assessmentIds.has(source.id ?? ''),
  );
  return {
    stores: {
      teams: [team],
      services: fold(demo.services),
      people: fold(demo.people),
      assessments,
      answers: own(demo.answers),
      targets: own(demo.targets),
      drills: fold(drills),
      drillEvents: fold(demo.drillEvents.filter((e) => drillIds.has(e.drillId))),
      actionItems: fold(actionItems),
    },
    teamId: team.id,
    teamName: team.name,
    assessmentId: latest.id,
    drills: drills.length,
    assessments: assessments.length,
  };
}

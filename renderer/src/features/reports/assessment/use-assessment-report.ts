// Reads everything the assessment report prints, live, and hands it to the pure report model.
// Drills are measured once per load, the same way the Trends screen measures them.
import { useMemo, useState } from 'react';
import { repos } from '../../../db/app-db';
import { useLive } from '../../../db/live';
import type { Id, IsoDate } from '../../../domain/records/common';
import {
  buildAssessmentReport,
  MISSING_ASSESSMENT,
  type AssessmentReportOutcome,
} from '../../../domain/reports/assessment-report';
import { prepareDrills } from '../../../domain/trends/prepare';
import { localZoneOffsetAt } from '../../../platform/reader';

async function load(assessmentId: Id | undefined) {
  if (assessmentId === undefined) return null;
  const assessment = await repos.assessments.get(assessmentId);
  if (assessment === undefined) return null;
  const { teamId } = assessment;
  const [team, assessments, answers, targets, actionItems, people, trends] = await Promise.all([
    repos.teams.get(teamId),
    repos.assessments.listForTeam(teamId),
    repos.assessments.answersForTeam(teamId),
    repos.targets.listForTeam(teamId),
    repos.actionItems.listForTeam(teamId),
    repos.people.listForTeam(teamId),
    repos.trends.load(teamId),
  ]);
  return { assessmentId, team, assessments, answers, targets, actionItems, people, trends };
}

/** `undefined` while loading; otherwise the report, or why it cannot be drawn. */
export function useAssessmentReport(
  assessmentId: Id | undefined,
  today: IsoDate,
): AssessmentReportOutcome | undefined {
  const loaded = useLive(() => load(assessmentId), [assessmentId]);
  // Read once: only finished drills are measured, so `now` only matters for a pause left open.
  // The offset is asked per instant, so a drill keeps the date it ran on across a DST change.
  const [clock] = useState(() => ({
    now: Date.now(),
    offset: localZoneOffsetAt,
  }));
  return useMemo(() => {
    if (loaded === undefined) return undefined;
    if (loaded === null) return { ok: false, message: MISSING_ASSESSMENT };
    const { trends, ...records } = loaded;
    const drills = prepareDrills(trends, { now: clock.now, timeZoneOffsetMinutes: clock.offset });
    return buildAssessmentReport(
      { ...records, drills },
      { today, timeZoneOffsetMinutes: clock.offset },
    );
  }, [loaded, clock, today]);
}

// The team's drills (and recovered incidents) with their measures, read once per page (not once per criterion) and handed
// down through context: criteria offer completed drills as evidence, drill rules suggest some, and
// evidence ages by the day each drill ran. Everything is judged at the assessment's date once it
// is final, and at today while it is a draft (see domain/maturity/evidence-age).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useToday } from '../../session/use-today';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { Id, IsoDate } from '../../domain/records/common';
import type { ServiceRecord } from '../../domain/records/services';
import type { AssessmentRecord } from '../../domain/records/assessments';
import type { DrillRecord } from '../../domain/records/drills';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { toEvidenceDrills } from '../../domain/maturity/drill-evidence-source';
import { judgedOn } from '../../domain/maturity/evidence-age';
import { localZoneOffsetAt } from '../../platform/reader';
import { prepareIncidents, type PreparedIncident } from '../../domain/reality/prepare';

export interface EvidenceContextValue {
  /** Every drill of the team that ran (completed or aborted), with its measures. */
  readonly drills: readonly EvidenceDrill[];
  readonly services: readonly ServiceRecord[];
  readonly judgedAt: IsoDate;
  /** The user's offset from UTC at an instant, to date written evidence on their calendar. */
  readonly timeZoneOffsetMinutes: number | ((at: number) => number);
  /** The day each drill ran, for evidence age. */
  readonly drillDates: ReadonlyMap<Id, IsoDate>;
  /** Completed drills, newest first: the ones a user can pick as evidence. */
  readonly completed: readonly DrillRecord[];
  /** The team's recovered incidents, newest first: incident rules read them. */
  readonly incidents: readonly PreparedIncident[];
  /** The day each recovered incident was detected, for evidence age. */
  readonly incidentDates: ReadonlyMap<Id, IsoDate>;
}

const EMPTY: EvidenceContextValue = {
  drills: [],
  services: [],
  judgedAt: '1970-01-01',
  timeZoneOffsetMinutes: 0,
  drillDates: new Map(),
  completed: [],
  incidents: [],
  incidentDates: new Map(),
};

/** Exported so a criterion's parts can be rendered on given drills in tests. */
export const EvidenceDrillsContext = createContext<EvidenceContextValue>(EMPTY);

export function EvidenceDrillsProvider({
  assessment,
  children,
}: {
  readonly assessment: AssessmentRecord;
  readonly children: ReactNode;
}) {
  const today = useToday();
  const loaded = useLive(async () => {
    const [history, stored] = await Promise.all([
      repos.home.drillHistory(assessment.teamId),
      repos.incidents.listForTeam(assessment.teamId),
    ]);
    // Per instant, so a drill or an edit keeps its date across a daylight-saving change.
    const offset = localZoneOffsetAt;
    const drills = toEvidenceDrills(history.drills, history.events, Date.now(), offset)
      .filter((entry) => entry.drill.status === 'completed' || entry.drill.status === 'aborted')
      .sort((a, b) => b.ranOn.localeCompare(a.ranOn));
    const incidents = prepareIncidents(stored, { timeZoneOffsetMinutes: offset }).reverse();
    return { drills, services: history.services, offset, incidents };
  }, [assessment.teamId]);
  const value = useMemo((): EvidenceContextValue => {
    if (loaded === undefined) return EMPTY;
    const { drills, services, offset, incidents } = loaded;
    return {
      drills,
      services,
      judgedAt: judgedOn(assessment, today),
      timeZoneOffsetMinutes: offset,
      drillDates: new Map(drills.map((entry) => [entry.drill.id, entry.ranOn])),
      completed: drills
        .filter((entry) => entry.drill.status === 'completed')
        .map((entry) => entry.drill),
      incidents,
      incidentDates: new Map(incidents.map((incident) => [incident.id, incident.date])),
    };
  }, [loaded, assessment, today]);
  return <EvidenceDrillsContext.Provider value={value}>{children}</EvidenceDrillsContext.Provider>;
}

export function useEvidenceContext(): EvidenceContextValue {
  return useContext(EvidenceDrillsContext);
}

// Drills vs reality for the Trends screen and the team trend report: the incidents in the same
// filters as the drills, compared per phase, and the standard's key measures side by side.
import type { IsoDate } from '../records/common';
import type { ServiceRecord } from '../records/services';
import type { TrendFilters } from '../trends/filters';
import type { PreparedDrill } from '../trends/prepare';
import { hasResultFilter } from '../trends/result-filters';
import { compareWithReality, type RealityComparison } from './compare';
import { applyIncidentFilters } from './filters';
import { keyMeasuresSideBySide, type SideBySideMeasure } from './key-measures';
import type { PreparedIncident } from './prepare';

export interface RealityView {
  /** Recovered incidents in the filters (every source). */
  readonly incidents: number;
  /** Recovered incidents in the filters per source tool, most first. */
  readonly bySource: readonly { readonly sourceKey: string; readonly count: number }[];
  readonly comparison: RealityComparison;
  readonly keyMeasures: readonly SideBySideMeasure[];
  /** The scenario filter is set: it narrows the drills only. */
  readonly scenarioIgnored: boolean;
  /**
   * A results filter (hypothesis, detected by, checklists) is set: it narrows the drills only, and
   * every incident in the other filters is still counted (an incident has no hypothesis).
   */
  readonly resultsIgnored: boolean;
}

/** `completed`: the completed drills already in the filters. */
export function realityView(
  completed: readonly PreparedDrill[],
  incidents: readonly PreparedIncident[],
  filters: TrendFilters,
  services: readonly ServiceRecord[],
  today: IsoDate,
): RealityView {
  const inFilters = applyIncidentFilters(incidents, filters, services, today);
  const counts = new Map<string, number>();
  for (const incident of inFilters) {
    counts.set(incident.sourceKey, (counts.get(incident.sourceKey) ?? 0) + 1);
  }
  const scope = filters.severity === null ? 'incidents' : `${filters.severity} incidents`;
  return {
    incidents: inFilters.length,
    bySource: [...counts]
      .map(([sourceKey, count]) => ({ sourceKey, count }))
      .sort((a, b) => b.count - a.count || a.sourceKey.localeCompare(b.sourceKey)),
    comparison: compareWithReality(completed, inFilters, scope),
    keyMeasures: keyMeasuresSideBySide(completed, inFilters),
    scenarioIgnored: filters.scenarioId !== null,
    resultsIgnored: hasResultFilter(filters),
  };
}

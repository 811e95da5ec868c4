// What the Trends screen starts from: every finished drill measured once. Measuring folds the
// drill's events, so it is done here, a single time per drill, and every series after it only reads
// the prepared values (10,000 drills must chart in well under a second).
import type { EpochMs, Id, IsoDate } from '../records/common';
import type { TeamRecord } from '../records/teams';
import type { ServiceRecord } from '../records/services';
import type { AssessmentRecord } from '../records/assessments';
import { type DrillPhaseId, type DrillRecord, type Severity, PHASES } from '../records/drills';
import type { DrillEventRecord } from '../records/drill-events';
import type { IncidentRecord } from '../records/incidents';
import type { IncidentFact } from '../reality/prepare';
import { localIsoDate } from '../dates/iso-date';
import { activeBetween } from '../drills/clock';
import { drillMeasuresCopy, measureDrill, type DrillMeasures } from '../drills/measures';
import { endMarkOf, startMarkOf } from '../drills/phases';
import { boundaryOf, deriveRun } from '../drills/run-state';
import type { PlainAnswer } from '../maturity/answers';
import type { AgreedEvidence } from '../maturity/final-answers';
import { drillResults, type DrillResults } from './result-filters';

/** Everything the Trends screen reads, for one team or all of them. */
export interface TrendsSource {
  readonly teams: readonly TeamRecord[];
  readonly services: readonly ServiceRecord[];
  readonly drills: readonly DrillRecord[];
  readonly eventsByDrill: ReadonlyMap<Id, readonly DrillEventRecord[]>;
  /** Final assessments only: a draft's figures may still change. */
  readonly assessments: readonly AssessmentRecord[];
  /** The agreed answers of each assessment: the ones that score. */
  readonly answersByAssessment: ReadonlyMap<Id, readonly PlainAnswer[]>;
  /** Scenario names by id, built-in and the team's own. */
  readonly scenarioNames: ReadonlyMap<string, string>;
  /** Imported incidents, open ones too (reality/prepare reads only the recovered ones). */
  readonly incidents?: readonly IncidentRecord[];
}

/** What the maturity figures and the names on every view read: the same in both sources. */
export type ScoredSource = Pick<
  TrendsSource,
  'teams' | 'services' | 'assessments' | 'answersByAssessment' | 'scenarioNames'
>;

/**
 * What the Trends screen and the portfolio read: finished drills and recovered incidents already
 * measured (their facts), rather than every drill's events and every incident's provenance.
 */
export interface MeasuredSource extends ScoredSource {
  readonly drills: readonly DrillFact[];
  readonly incidents: readonly IncidentFact[];
  /** What dates the agreed answers' evidence, by final assessment (the portfolio's staleness). */
  readonly evidenceByAssessment: ReadonlyMap<Id, readonly AgreedEvidence[]>;
}

/** Trends read finished drills: completed ones are measured, aborted ones counted apart. */
export function isFinished(drill: Pick<DrillRecord, 'status'>): boolean {
  return drill.status === 'completed' || drill.status === 'aborted';
}

export type PhaseDurations = Readonly<Record<DrillPhaseId, number | undefined>>;

/** A completed or aborted drill, measured. Durations in ms; undefined for a skipped phase. */
export interface PreparedDrill {
  readonly id: Id;
  readonly teamId: Id;
  readonly title: string;
  readonly completed: boolean;
  readonly severity: Severity;
  readonly serviceIds: readonly Id[];
  readonly scenarioId: string;
  readonly scenarioName: string;
  /** When the fault was injected (the planned date's midnight UTC if the run has no start). */
  readonly at: EpochMs;
  /** `at` on the user's calendar: what period filters compare. */
  readonly date: IsoDate;
  readonly measures: DrillMeasures;
  readonly phases: PhaseDurations;
  /** Hypothesis, detection and checklists, as the review and the drill's page give them. */
  readonly results: DrillResults;
}

export interface PrepareOptions {
  readonly now: EpochMs;
  /**
   * The user's offset from UTC in minutes, as Date#getTimezoneOffset gives it: one number, or the
   * offset at a given instant, so a summer drill keeps its summer date when read in winter.
   */
  readonly timeZoneOffsetMinutes: number | ((at: EpochMs) => number);
}

/**
 * What is kept of a finished drill once it is measured, so that a screen reading 10,000 drills
 * reads these small records rather than every drill and its events: the prepared drill without
 * what depends on the reader (the calendar date in the reader's zone, the scenario's current name).
 * Derived, never edited: the database rewrites it whenever the drill or its run changes.
 */
export interface DrillFact extends Omit<PreparedDrill, 'date'> {
  /** The name the drill recorded for its scenario, shown when the scenario is gone. */
  readonly scenarioName: string;
  readonly plannedFor: IsoDate;
  /** False when the run never started: `at` is then the planned date's midnight UTC. */
  readonly started: boolean;
}

/** Measures every completed or aborted drill once; planned and running drills are left out. */
export function prepareDrills(source: TrendsSource, options: PrepareOptions): PreparedDrill[] {
  const facts: DrillFact[] = [];
  for (const drill of source.drills) {
    const fact = drillFactOf(drill, source.eventsByDrill.get(drill.id) ?? [], options.now);
    if (fact !== null) facts.push(fact);
  }
  return preparedFromFacts(facts, source.scenarioNames, options.timeZoneOffsetMinutes);
}

/** Finished drills' facts made ready for a reader, oldest first. */
export function preparedFromFacts(
  facts: readonly DrillFact[],
  scenarioNames: ReadonlyMap<string, string>,
  timeZoneOffsetMinutes: PrepareOptions['timeZoneOffsetMinutes'],
): PreparedDrill[] {
  return facts
    .map((fact) => preparedFromFact(fact, scenarioNames, timeZoneOffsetMinutes))
    .sort((a, b) => a.at - b.at);
}

/** A drill measured: null unless it is completed or aborted (only those are measured). */
export function drillFactOf(
  drill: DrillRecord,
  events: readonly DrillEventRecord[],
  now: EpochMs,
): DrillFact | null {
  if (!isFinished(drill)) return null;
  const state = deriveRun(events);
  const start = boundaryOf(state, 'start')?.at;
  const phases: Partial<Record<DrillPhaseId, number | undefined>> = {};
  PHASES.forEach((phase) => {
    const from = boundaryOf(state, startMarkOf(phase));
    const to = boundaryOf(state, endMarkOf(phase));
    // As on the drill's own page: only a phase between two recorded marks has a duration; a
    // skipped phase, the phase after a skip (the two are one merged span, counted as neither
    // phase's time), or one cut short by an abort, has none.
    phases[phase] =
      from === undefined || to === undefined || to.skipped || from.skipped
        ? undefined
        : activeBetween(state, from.at, to.at, now);
  });
  return {
    id: drill.id,
    teamId: drill.teamId,
    title: drill.title,
    completed: drill.status === 'completed',
    severity: drill.severity,
    serviceIds: drill.serviceIds,
    scenarioId: drill.scenarioId,
    scenarioName: drill.scenarioName,
    at: start ?? Date.parse(`${drill.plannedFor}T00:00:00Z`),
    plannedFor: drill.plannedFor,
    started: start !== undefined,
    measures: measureDrill(state, drill.review, now),
    phases: phases as PhaseDurations,
    results: drillResults(drill, events),
  };
}

function preparedFromFact(
  fact: DrillFact,
  scenarioNames: ReadonlyMap<string, string>,
  timeZoneOffsetMinutes: PrepareOptions['timeZoneOffsetMinutes'],
): PreparedDrill {
  const offset =
    typeof timeZoneOffsetMinutes === 'number'
      ? timeZoneOffsetMinutes
      : timeZoneOffsetMinutes(fact.at);
  // Built field by field, never spread: a fact read back from the database is an object of its
  // own shape, and ten thousand of them spread into prepared drills would each get another, which
  // makes every series after this read them slowly (several times slower at organisation size).
  return {
    id: fact.id,
    teamId: fact.teamId,
    title: fact.title,
    completed: fact.completed,
    severity: fact.severity,
    serviceIds: fact.serviceIds,
    scenarioId: fact.scenarioId,
    scenarioName: scenarioNames.get(fact.scenarioId) ?? fact.scenarioName,
    at: fact.at,
    // A drill aborted before it started ran on no day but its planned one, which is already a
    // calendar date: shifting its UTC midnight by the offset would give the day before anywhere
    // west of UTC.
    date: fact.started ? localIsoDate(fact.at, offset) : fact.plannedFor,
    measures: drillMeasuresCopy(fact.measures),
    phases: phasesCopy(fact.phases),
    results: {
      hypothesis: fact.results.hypothesis,
      detectedBy: fact.results.detectedBy,
      checklist: fact.results.checklist,
    },
  };
}

/** Phase durations as an object of one shape, whatever shape they were read back in. */
export function phasesCopy(phases: PhaseDurations): PhaseDurations {
  return {
    detect: phases.detect,
    acknowledge: phases.acknowledge,
    diagnose: phases.diagnose,
    mitigate: phases.mitigate,
    verify: phases.verify,
    close: phases.close,
  };
}

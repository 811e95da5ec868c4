// Every metric the export writes: its name, type, labels and help, in the order they are written.
// Names follow Prometheus's naming rules: one application prefix, base units (seconds), the unit as
// a suffix, `_total` on counters. Label values are names people read on a dashboard (team, service,
// scenario, severity, phase, source, the incident tool), never ids and never people: a drill's
// roles stay in the app.

/** Upper bounds of the recovery-time buckets, in seconds: 1 min … 24 h.
 *
 * Why these: a quantile read from a histogram is only known to within its bucket, so bounds are
 * densest where recovery times fall. Drills and most incidents recover in 5 min – 2 h; there the
 * bounds step by at most 1.5× (5, 10, 15, 20, 30, 45, 60, 90, 120 min), so a median read by
 * Prometheus is off by less than half a bucket of that size. Beyond 2 h they follow the working
 * day (3, 4, 6, 8, 12 h) and stop at 24 h, past which only "more than a day" matters. Under a minute
 * nothing is told apart: no recovery takes seconds. The list includes the thresholds teams set
 * targets at (15 min, 30 min, 1 h, 4 h), so "share recovered within target" is an exact bucket.
 */
export const RECOVERY_BUCKETS: readonly number[] = [
  60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200, 10800, 14400, 21600, 28800, 43200,
  86400,
];

/** Phases can be short (a page acknowledged in 20 s), so their buckets add 15 s and 30 s below. */
export const PHASE_BUCKETS: readonly number[] = [15, 30, ...RECOVERY_BUCKETS];

export const METRIC_PREFIX = 'mttr_studio_';

export const METRIC = {
  timeToRecover: `${METRIC_PREFIX}time_to_recover_seconds`,
  serviceTimeToRecover: `${METRIC_PREFIX}service_time_to_recover_seconds`,
  phaseDuration: `${METRIC_PREFIX}phase_duration_seconds`,
  drillsCompleted: `${METRIC_PREFIX}drills_completed_total`,
  drillsAborted: `${METRIC_PREFIX}drills_aborted_total`,
  incidentsImported: `${METRIC_PREFIX}incidents_imported_total`,
  lastDrillTimeToRecover: `${METRIC_PREFIX}last_drill_time_to_recover_seconds`,
  lastDrillRecovered: `${METRIC_PREFIX}last_drill_recovered_timestamp_seconds`,
  maturityLevel: `${METRIC_PREFIX}maturity_level`,
  maturityScore: `${METRIC_PREFIX}maturity_score`,
} as const;

export type MetricKey = keyof typeof METRIC;

export interface FamilySpec {
  readonly key: MetricKey;
  readonly kind: 'counter' | 'gauge' | 'histogram';
  readonly help: string;
  readonly unit?: 'seconds';
  readonly buckets?: readonly number[];
}

/** In the order the files list them. */
export const FAMILY_SPECS: readonly FamilySpec[] = [
  {
    key: 'timeToRecover',
    kind: 'histogram',
    unit: 'seconds',
    buckets: RECOVERY_BUCKETS,
    help: 'Time to recover, detected to recovered with paused time excluded, of each completed drill and recovered incident that has one.',
  },
  {
    key: 'serviceTimeToRecover',
    kind: 'histogram',
    unit: 'seconds',
    buckets: RECOVERY_BUCKETS,
    help: 'Time to recover by service: a drill or incident of several services counts once for each of them.',
  },
  {
    key: 'phaseDuration',
    kind: 'histogram',
    unit: 'seconds',
    buckets: PHASE_BUCKETS,
    help: 'Duration of each phase a completed drill or recovered incident went through; a skipped or unrecorded phase has none.',
  },
  { key: 'drillsCompleted', kind: 'counter', help: 'Drills completed.' },
  { key: 'drillsAborted', kind: 'counter', help: 'Drills aborted: counted, never measured.' },
  {
    key: 'incidentsImported',
    kind: 'counter',
    help: 'Real incidents imported and recovered; an open one counts once an import finds it recovered.',
  },
  {
    key: 'lastDrillTimeToRecover',
    kind: 'gauge',
    unit: 'seconds',
    help: 'Time to recover of the team’s latest completed drill that has one.',
  },
  {
    key: 'lastDrillRecovered',
    kind: 'gauge',
    unit: 'seconds',
    help: 'When the team’s latest completed drill recovered, in seconds since 1970-01-01 UTC.',
  },
  {
    key: 'maturityLevel',
    kind: 'gauge',
    help: 'Maturity level (1–5) of the team’s latest final assessment, per category.',
  },
  {
    key: 'maturityScore',
    kind: 'gauge',
    help: 'Maturity score (1.0–5.0) of the team’s latest final assessment, per category.',
  },
];

/** What Prometheus stores for a family: a histogram is three series names. */
export function seriesNames(spec: Pick<FamilySpec, 'key' | 'kind'>): string[] {
  const name = METRIC[spec.key];
  return spec.kind === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name];
}

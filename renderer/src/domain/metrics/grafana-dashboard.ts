// The Grafana dashboard shipped beside the metrics, in Grafana's classic dashboard JSON model.
// The Prometheus data source is an input (`__inputs`), so importing the file asks which one to
// use. Queries read only the metrics the export writes (a test checks each one against the file).
// Medians come from histogram_quantile over the buckets: within a bucket of the app's own figure.
import { METRIC } from './families';

export interface DashboardTarget {
  readonly refId: string;
  readonly expr: string;
  readonly legendFormat: string;
  readonly instant: boolean;
  readonly range: boolean;
  readonly datasource: { readonly type: 'prometheus'; readonly uid: string };
}

export interface DashboardPanel {
  readonly id: number;
  readonly type: 'bargauge' | 'stat' | 'timeseries' | 'table';
  readonly title: string;
  readonly description: string;
  readonly gridPos: {
    readonly h: number;
    readonly w: number;
    readonly x: number;
    readonly y: number;
  };
  readonly datasource: DashboardTarget['datasource'];
  readonly targets: readonly DashboardTarget[];
  readonly fieldConfig: {
    readonly defaults: { readonly unit: string; readonly decimals?: number };
    readonly overrides: readonly never[];
  };
  readonly options: Readonly<Record<string, unknown>>;
}

const DATASOURCE = { type: 'prometheus', uid: '${DS_PROMETHEUS}' } as const;

/** The dashboard's team filter, applied to every query. */
const TEAM = 'team=~"$team"';

/**
 * A series' latest value within the look-back window (a dashboard setting, one year unless
 * changed). With the snapshot scraped every minute it is simply the current value; with only the
 * back-filled history, whose samples sit at each drill's recovery time, it is the value as the
 * latest drill left it, which a plain selector (five minutes of look-back) would not find.
 */
const latest = (series: string, selector: string) =>
  `last_over_time(${series}{${selector}}[$lookback])`;

const median = (metric: string, by: string, selector: string) =>
  `histogram_quantile(0.5, sum by (${by}, le) (${latest(`${metric}_bucket`, selector)}))`;

interface PanelSpec {
  readonly type: DashboardPanel['type'];
  readonly title: string;
  readonly description: string;
  readonly unit: string;
  readonly w: number;
  readonly targets: readonly { readonly expr: string; readonly legend: string }[];
  /** A time series draws the query over the dashboard's range; the others show the latest value. */
  readonly overTime?: boolean;
}

const PANELS: readonly PanelSpec[] = [
  {
    type: 'bargauge',
    title: 'Recovery time by team (median, drills and incidents)',
    description:
      'Median time to recover per team, drills and recovered incidents apart: detected to recovered with paused time excluded, read from the histogram, exact to within one bucket.',
    unit: 's',
    w: 8,
    targets: [
      {
        expr: median(METRIC.timeToRecover, 'team, source', TEAM),
        legend: '{{team}}, {{source}}',
      },
    ],
  },
  {
    type: 'bargauge',
    title: 'Recovery time by service (median)',
    description:
      'Median time to recover per service, drills and incidents together; a drill of several services counts for each.',
    unit: 's',
    w: 8,
    targets: [
      { expr: median(METRIC.serviceTimeToRecover, 'service', TEAM), legend: '{{service}}' },
    ],
  },
  {
    type: 'bargauge',
    title: 'Recovery time by severity (median)',
    description: 'Median time to recover per severity, drills and incidents together.',
    unit: 's',
    w: 8,
    targets: [{ expr: median(METRIC.timeToRecover, 'severity', TEAM), legend: '{{severity}}' }],
  },
  {
    type: 'bargauge',
    title: 'Drills vs incidents: median and mean time to recover',
    description:
      'How fast the team recovers in rehearsal against real incidents: the median from the histogram, the mean as sum over count. Open incidents are not counted.',
    unit: 's',
    w: 12,
    targets: [
      { expr: median(METRIC.timeToRecover, 'source', TEAM), legend: 'median, {{source}}' },
      {
        expr: `sum by (source) (${latest(`${METRIC.timeToRecover}_sum`, TEAM)}) / sum by (source) (${latest(`${METRIC.timeToRecover}_count`, TEAM)})`,
        legend: 'mean, {{source}}',
      },
    ],
  },
  {
    type: 'stat',
    title: 'Drills and incidents counted',
    description:
      'Completed and aborted drills, and recovered incidents imported. Aborted drills are counted, never measured; open incidents not at all.',
    unit: 'none',
    w: 12,
    targets: [
      { expr: `sum(${latest(METRIC.drillsCompleted, TEAM)})`, legend: 'drills completed' },
      { expr: `sum(${latest(METRIC.drillsAborted, TEAM)})`, legend: 'drills aborted' },
      { expr: `sum(${latest(METRIC.incidentsImported, TEAM)})`, legend: 'incidents imported' },
    ],
  },
  {
    type: 'bargauge',
    title: 'Phase breakdown (median per phase, drills and incidents)',
    description:
      'Median duration of each phase (detect, acknowledge, diagnose, mitigate, verify, close) over the drills and incidents that went through it, apart; a skipped or unrecorded phase is left out, never counted as zero. Incidents have the phases their tool records, up to mitigate.',
    unit: 's',
    w: 12,
    targets: [
      {
        expr: median(METRIC.phaseDuration, 'phase, source', TEAM),
        legend: '{{phase}}, {{source}}',
      },
    ],
  },
  {
    type: 'bargauge',
    title: 'Maturity levels',
    description:
      'Level (1–5) of each category in the team’s latest final assessment, scored as the app scores it.',
    unit: 'none',
    w: 12,
    targets: [
      {
        expr: `max by (team, category) (${latest(METRIC.maturityLevel, TEAM)})`,
        legend: '{{team}} · {{category}}',
      },
    ],
  },
  {
    type: 'timeseries',
    title: 'Mean time to recover over time (drills and incidents)',
    description:
      'The mean over every completed drill, and apart every recovered incident, so far: sum over count, drawn over the dashboard’s range.',
    unit: 's',
    w: 12,
    overTime: true,
    targets: [
      {
        expr: `sum by (team, source) (${latest(`${METRIC.timeToRecover}_sum`, TEAM)}) / sum by (team, source) (${latest(`${METRIC.timeToRecover}_count`, TEAM)})`,
        legend: '{{team}}, {{source}}',
      },
    ],
  },
  {
    type: 'stat',
    title: 'Last drill',
    description:
      'Time to recover of each team’s latest completed drill, and the days since it recovered: a drill a quarter keeps the figures current.',
    unit: 's',
    w: 12,
    targets: [
      {
        expr: `max by (team) (${latest(METRIC.lastDrillTimeToRecover, TEAM)})`,
        legend: '{{team}}: time to recover',
      },
    ],
  },
  {
    type: 'stat',
    title: 'Days since the last drill',
    description: 'Days since each team’s latest completed drill recovered.',
    unit: 'd',
    w: 12,
    targets: [
      {
        expr: `(time() - max by (team) (${latest(METRIC.lastDrillRecovered, TEAM)})) / 86400`,
        legend: '{{team}}',
      },
    ],
  },
];

function panel(spec: PanelSpec, index: number, x: number, y: number): DashboardPanel {
  const overTime = spec.overTime === true;
  return {
    id: index + 1,
    type: spec.type,
    title: spec.title,
    description: spec.description,
    gridPos: { h: 8, w: spec.w, x, y },
    datasource: DATASOURCE,
    targets: spec.targets.map((target, n) => ({
      refId: String.fromCharCode(65 + n),
      expr: target.expr,
      legendFormat: target.legend,
      instant: !overTime,
      range: overTime,
      datasource: DATASOURCE,
    })),
    fieldConfig: {
      defaults: { unit: spec.unit, ...(spec.unit === 'none' ? { decimals: 0 } : {}) },
      overrides: [],
    },
    options:
      spec.type === 'bargauge'
        ? { orientation: 'horizontal', displayMode: 'basic', showUnfilled: true }
        : spec.type === 'stat'
          ? {
              reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false },
              textMode: 'value_and_name',
            }
          : {},
  };
}

/** Panels laid out left to right on a 24-column grid, a new row when one is full. */
export function dashboardPanels(): DashboardPanel[] {
  let x = 0;
  let y = 0;
  return PANELS.map((spec, index) => {
    if (x + spec.w > 24) {
      x = 0;
      y += 8;
    }
    const made = panel(spec, index, x, y);
    x += spec.w;
    return made;
  });
}

export const DASHBOARD_UID = 'mttr-studio-recovery';

export function grafanaDashboard(): Record<string, unknown> {
  return {
    __inputs: [
      {
        name: 'DS_PROMETHEUS',
        label: 'Prometheus',
        description:
          'The Prometheus that scrapes the MTTR Studio metrics (node_exporter’s textfile collector) or holds the back-filled history.',
        type: 'datasource',
        pluginId: 'prometheus',
        pluginName: 'Prometheus',
      },
    ],
    __requires: [
      { type: 'grafana', id: 'grafana', name: 'Grafana', version: '9.0.0' },
      { type: 'datasource', id: 'prometheus', name: 'Prometheus', version: '1.0.0' },
      { type: 'panel', id: 'bargauge', name: 'Bar gauge', version: '' },
      { type: 'panel', id: 'stat', name: 'Stat', version: '' },
      { type: 'panel', id: 'timeseries', name: 'Time series', version: '' },
    ],
    annotations: { list: [] },
    description:
      'Recovery figures from MTTR Studio: drills and real incidents, phases and maturity.',
    editable: true,
    graphTooltip: 1,
    id: null,
    links: [],
    panels: dashboardPanels(),
    refresh: '',
    schemaVersion: 39,
    tags: ['mttr-studio', 'recovery'],
    templating: {
      list: [
        {
          name: 'team',
          label: 'Team',
          type: 'query',
          datasource: DATASOURCE,
          query: { query: `label_values(${METRIC.drillsCompleted}, team)`, refId: 'team' },
          definition: `label_values(${METRIC.drillsCompleted}, team)`,
          includeAll: true,
          allValue: '.*',
          multi: true,
          current: { selected: true, text: ['All'], value: ['$__all'] },
          refresh: 2,
          sort: 1,
        },
        {
          name: 'lookback',
          label: 'Look back',
          description:
            'How far back a panel looks for the latest value: long enough to reach the latest drill in a back-filled history.',
          type: 'custom',
          query: '1y,2y,5y,90d',
          current: { selected: true, text: '1y', value: '1y' },
          options: [],
          multi: false,
          includeAll: false,
        },
      ],
    },
    time: { from: 'now-90d', to: 'now' },
    timepicker: {},
    timezone: '',
    title: 'MTTR Studio — recovery',
    uid: DASHBOARD_UID,
    version: 1,
  };
}

import { describe, expect, it } from 'vitest';
import { dashboardPanels, grafanaDashboard } from './grafana-dashboard';
import { metricsFiles, METRICS_FILE_NAMES } from './metrics-files';
import { smallInput } from './metrics-fixtures';

/** Every series name the written snapshot holds (a histogram's _bucket, _sum and _count). */
function writtenSeriesNames(): Set<string> {
  const snapshot = metricsFiles(smallInput()).find((f) => f.name === METRICS_FILE_NAMES.snapshot);
  const names = new Set<string>();
  for (const line of snapshot?.content.split('\n') ?? []) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]/u.exec(line);
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return names;
}

const metricNamesIn = (expr: string) =>
  [...expr.matchAll(/\bmttr_studio_[a-z0-9_]+/gu)].map((m) => m[0]);

describe('the Grafana dashboard', () => {
  const written = writtenSeriesNames();

  it('has panels for each view the product asks for', () => {
    const titles = dashboardPanels().map((p) => p.title.toLowerCase());
    for (const words of [
      'by team',
      'by service',
      'by severity',
      'drills vs incidents',
      'phase breakdown',
      'maturity levels',
    ]) {
      expect(titles.some((title) => title.includes(words))).toBe(true);
    }
  });

  it('keeps drills and incidents apart wherever a recovery time is read per team or phase', () => {
    for (const words of ['by team', 'drills vs incidents', 'phase breakdown', 'over time']) {
      const panel = dashboardPanels().find((p) => p.title.toLowerCase().includes(words));
      expect(panel?.title.toLowerCase(), words).toContain('incidents');
      for (const target of panel?.targets ?? []) {
        expect(target.expr, panel?.title).toMatch(/by \([a-z, ]*\bsource\b/u);
        expect(target.legendFormat, panel?.title).toContain('{{source}}');
      }
    }
  });

  it('every panel’s query names only metrics the export writes', () => {
    for (const panel of dashboardPanels()) {
      expect(panel.targets.length).toBeGreaterThan(0);
      for (const target of panel.targets) {
        const names = metricNamesIn(target.expr);
        expect(names.length, `${panel.title}: ${target.expr}`).toBeGreaterThan(0);
        for (const name of names) expect(written, `${panel.title}: ${name}`).toContain(name);
        // A bare identifier that is not ours would be a metric the export does not write.
        const others = target.expr
          .replace(/"[^"]*"/gu, '')
          .replace(
            /\b(by|sum|max|histogram_quantile|last_over_time|lookback|time|le|team|service|severity|source|phase|category)\b/gu,
            '',
          )
          .match(/\b[a-z_][a-z0-9_]*\b/gu)
          ?.filter((word) => !word.startsWith('mttr_studio_'));
        expect(others ?? [], target.expr).toEqual([]);
      }
    }
    const variable = JSON.stringify(grafanaDashboard().templating);
    for (const name of metricNamesIn(variable)) expect(written).toContain(name);
  });

  it('follows the classic dashboard model with a Prometheus data source input', () => {
    const dashboard = grafanaDashboard();
    expect(dashboard.__inputs).toEqual([
      expect.objectContaining({
        name: 'DS_PROMETHEUS',
        type: 'datasource',
        pluginId: 'prometheus',
      }),
    ]);
    expect(typeof dashboard.schemaVersion).toBe('number');
    expect(dashboard.id).toBeNull();
    expect(typeof dashboard.uid).toBe('string');
    const panels = dashboardPanels();
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    for (const panel of panels) {
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      expect(new Set(panel.targets.map((t) => t.refId)).size).toBe(panel.targets.length);
    }
    // No two panels overlap on the grid.
    const cells = new Set<string>();
    for (const { gridPos } of panels) {
      for (let x = gridPos.x; x < gridPos.x + gridPos.w; x++) {
        for (let y = gridPos.y; y < gridPos.y + gridPos.h; y++) {
          expect(cells.has(`${x},${y}`)).toBe(false);
          cells.add(`${x},${y}`);
        }
      }
    }
  });

  it('is written as JSON that reads back to the same model', () => {
    const file = metricsFiles(smallInput()).find((f) => f.name === METRICS_FILE_NAMES.dashboard);
    expect(JSON.parse(file?.content ?? '')).toEqual(grafanaDashboard());
  });
});

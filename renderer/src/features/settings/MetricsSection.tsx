// Settings → Metrics for Prometheus: the three files of the metrics export, saved through the
// shell (desktop: a save dialog for each; web: three downloads). Every team's drills, latest final
// assessments and recovered incidents go in (./metrics-input).
import { useState } from 'react';
import type { SaveFileKind } from '@shared/platform-api';
import { repos } from '../../db/app-db';
import { metricsFiles, METRICS_FILE_NAMES } from '../../domain/metrics/metrics-files';
import { toast } from '../../stores/toast.store';
import { loadMetricsInput } from './metrics-input';
import { MetricsFolderSetting } from './MetricsFolderSetting';
import { saveTextFile, showInFolder, type SaveOutcome } from '../../platform/save-file';

const KIND_OF: Readonly<Record<string, SaveFileKind>> = {
  [METRICS_FILE_NAMES.snapshot]: 'metrics-snapshot',
  [METRICS_FILE_NAMES.history]: 'metrics-history',
  [METRICS_FILE_NAMES.dashboard]: 'grafana-dashboard',
};

export function MetricsSection() {
  const [busy, setBusy] = useState(false);

  const exportMetrics = async () => {
    setBusy(true);
    try {
      const files = metricsFiles(await loadMetricsInput(repos, Date.now()));
      const saved: string[] = [];
      let last: SaveOutcome | null = null;
      for (const file of files) {
        const kind = KIND_OF[file.name] ?? 'metrics-snapshot';
        const outcome = await saveTextFile({
          suggestedName: file.name,
          content: file.content,
          kind,
        });
        if (outcome.kind === 'failed') {
          toast.error(outcome.message);
          return;
        }
        // Cancelling one dialog stops the export: the user changed their mind.
        if (outcome.kind === 'cancelled') break;
        saved.push(outcome.fileName);
        last = outcome;
      }
      if (saved.length > 0) {
        toast.success(
          `Metrics saved as ${saved.join(', ')}.`,
          last === null ? undefined : showInFolder(last),
        );
      }
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      toast.error(`The metrics could not be made: ${reason}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card data-section" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics for Prometheus</h2>
      <p>
        Puts your recovery times, phase times, drill and incident counts and maturity levels on the
        dashboards your teams already watch, computed as the app computes them. Drills and imported
        incidents are labelled apart; open incidents are left out until they recover. Three files:
      </p>
      <ul>
        <li>
          <code>{METRICS_FILE_NAMES.snapshot}</code>: the figures now, for node_exporter&apos;s
          textfile collector.
        </li>
        <li>
          <code>{METRICS_FILE_NAMES.history}</code>: one sample per drill and incident at its
          recovery time, to back-fill Prometheus with{' '}
          <code>promtool tsdb create-blocks-from openmetrics</code>.
        </li>
        <li>
          <code>{METRICS_FILE_NAMES.dashboard}</code>: a Grafana dashboard that reads them.
        </li>
      </ul>
      <button
        type="button"
        className="button"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) void exportMetrics();
        }}
      >
        {busy ? 'Exporting…' : 'Export metrics for Prometheus'}
      </button>
      <MetricsFolderSetting />
    </section>
  );
}

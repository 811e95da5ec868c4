// Settings → Metrics for Prometheus → the kept-up-to-date snapshot (./metrics-folder). Off by
// default; the folder is chosen in the OS dialog and only main knows it. The web shell says in one
// line why it is not offered there.
import { useId } from 'react';
import { formatInstantTime } from '../../domain/dates/format';
import { METRICS_FILE_NAMES } from '../../domain/metrics/metrics-files';
import { SCREEN_READER } from '../../platform/reader';
import { keptMetricsSnapshot } from './kept-metrics-snapshot';
import { useMetricsFolder } from './metrics-folder';

export function MetricsFolderSetting() {
  const headingId = useId();
  const { folder, lastWrittenAt, error, busy } = useMetricsFolder();
  const file = <code>{METRICS_FILE_NAMES.snapshot}</code>;

  if (!keptMetricsSnapshot.available) {
    return (
      <p className="muted metrics-folder-note">
        The desktop app can also keep {file} up to date in a folder after every change; a browser
        cannot write to a folder on its own.
      </p>
    );
  }

  const act = (action: () => Promise<void>) => () => {
    if (!busy) void action();
  };

  return (
    <div className="metrics-folder" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Keep the snapshot up to date</h3>
      {folder === null ? (
        <p>
          Off. Choose a folder (node_exporter&apos;s textfile folder, say) and the app rewrites{' '}
          {file} there a few seconds after every change, in one step, so a collector never reads
          half a file.
        </p>
      ) : (
        <>
          <p>
            Kept up to date in <code>{folder}</code>
            {lastWrittenAt === null
              ? '.'
              : `: last written at ${formatInstantTime(lastWrittenAt, SCREEN_READER)}.`}
          </p>
          {error !== null && (
            <p className="message error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
      {folder === null && error !== null && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={act(keptMetricsSnapshot.choose)}
        >
          {folder === null ? 'Keep it up to date in a folder…' : 'Choose another folder…'}
        </button>
        {folder !== null && (
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={act(keptMetricsSnapshot.stop)}
          >
            Stop keeping it up to date
          </button>
        )}
      </div>
    </div>
  );
}

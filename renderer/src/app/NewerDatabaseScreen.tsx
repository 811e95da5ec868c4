import { useEffect, useState } from 'react';
import { DATABASE_NAME } from '../db/database';
import { exportReadableData } from '../db/upgrade/prepare-database';
import { localToday } from '../platform/reader';
import { backupFileName } from '../features/settings/data-files';
import { useReportErrorSignal } from '../features/reports/use-report-ready';
import { saveTextFile, type SaveOutcome } from '../platform/save-file';

interface NewerDatabaseScreenProps {
  /** The stored data format, when known. */
  readonly storedVersion?: number;
  readonly appSchemaVersion: number;
}

type Export = SaveOutcome | { readonly kind: 'idle' } | { readonly kind: 'working' };

async function exportWhatCanBeRead(): Promise<SaveOutcome> {
  const now = Date.now();
  const text = await exportReadableData({
    name: DATABASE_NAME,
    appVersion: __APP_VERSION__,
    now,
  });
  if (text === null) return { kind: 'failed', message: 'There is no data to export any more.' };
  const today = localToday(now);
  return saveTextFile({
    suggestedName: backupFileName(today, 'newer-version'),
    content: text,
    kind: 'backup',
  });
}

function ExportResult({ state }: { readonly state: Export }) {
  if (state.kind === 'saved') {
    return <p className="message success">Saved as {state.fileName}.</p>;
  }
  if (state.kind === 'cancelled') return <p className="muted">Nothing was saved.</p>;
  if (state.kind === 'working') return <p className="muted">Reading the data…</p>;
  return null;
}

/**
 * Shown instead of the app when the data on this computer was written by a newer MTTR Studio.
 * Opening it with this version could misread or damage it, so nothing is opened for writing; the
 * user can update, or save a copy of what this version can read.
 */
export function NewerDatabaseScreen({ storedVersion, appSchemaVersion }: NewerDatabaseScreenProps) {
  const [result, setResult] = useState<Export>({ kind: 'idle' });
  useEffect(() => {
    document.title = 'Newer data · MTTR Studio';
  }, []);
  // Also what a PDF export waiting for a report on this page tells the user.
  useReportErrorSignal(
    'The data on this computer was saved by a newer version of MTTR Studio, so this version cannot make the report. Install the newer version, then export again.',
  );
  const run = () => {
    setResult({ kind: 'working' });
    exportWhatCanBeRead().then(setResult, (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      setResult({ kind: 'failed', message: `The data could not be read: ${reason}` });
    });
  };
  return (
    <main className="app-main newer-database" id="main">
      <h1>This data was saved by a newer version of MTTR Studio</h1>
      <p>
        This is MTTR Studio {__APP_VERSION__}. It reads data format version {appSchemaVersion}; the
        data on this computer is in format version {storedVersion ?? 'newer than that'}. To keep it
        safe, this version has not opened it and has changed nothing.
      </p>
      <section className="card" aria-labelledby="newer-update-heading">
        <h2 id="newer-update-heading">Update MTTR Studio</h2>
        <p>
          Install the newest version of MTTR Studio (at least the one that saved this data), then
          start it again: all your data will be there. If you use the web version, reload this page
          once the newer version is available.
        </p>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          Try again
        </button>
      </section>
      <section className="card" aria-labelledby="newer-export-heading">
        <h2 id="newer-export-heading">Keep a copy</h2>
        <p>
          Saves everything this version can read as a backup file, without changing the data. A
          newer MTTR Studio can restore it.
        </p>
        <button
          type="button"
          className="button"
          aria-disabled={result.kind === 'working'}
          onClick={() => {
            if (result.kind !== 'working') run();
          }}
        >
          Export a backup of what can be read
        </button>
        <div role="status">
          <ExportResult state={result} />
        </div>
        <div role="alert">
          {result.kind === 'failed' && <p className="message error">{result.message}</p>}
        </div>
      </section>
    </main>
  );
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LATEST_SCHEMA_VERSION } from '../db/schema';
import { useReportErrorSignal } from '../features/reports/use-report-ready';
import { NewerDatabaseScreen } from './NewerDatabaseScreen';

interface State {
  readonly error: Error | null;
}

/**
 * The last line of defence at start-up: if the database cannot be opened (storage blocked, disk
 * full, a profile from a newer version), say so in words instead of showing a blank window.
 * Nothing is written or deleted from here.
 */
export class StartupErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('MTTR Studio could not start', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Another window may have upgraded the data after this one checked it at start-up.
    if (error.name === 'VersionError') {
      return <NewerDatabaseScreen appSchemaVersion={LATEST_SCHEMA_VERSION} />;
    }
    return <StartupErrorScreen error={error} />;
  }
}

/** The words shown when the data cannot be opened; also used before the app renders. */
export function StartupErrorScreen({ error }: { readonly error: Error }) {
  // Also what a PDF export waiting for a report on this page tells the user.
  useReportErrorSignal(
    `MTTR Studio could not open its data, so no PDF was made. Restart MTTR Studio and try again; if it keeps happening, check that the disk is not full. Details: ${error.message}`,
  );
  return (
    <main className="app-main" id="main">
      <h1>MTTR Studio could not open its data</h1>
      <p>
        Your data has not been changed. Close other windows of MTTR Studio and try again; if it
        keeps happening, check that the disk is not full.
      </p>
      <p className="muted">Details: {error.message}</p>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          window.location.reload();
        }}
      >
        Try again
      </button>
    </main>
  );
}

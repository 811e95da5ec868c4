// Start-up, before anything reads the data: check the stored database against this version (copy
// it before an upgrade; stop at a screen if it is newer), ask for persistent storage, and watch
// for a full disk. Only then does the app render and open the database.
import { StrictMode, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { db, repos } from '../db/app-db';
import { DATABASE_NAME } from '../db/database';
import { SCHEMA_VERSIONS } from '../db/schema';
import { prepareDatabase, type DatabaseState } from '../db/upgrade/prepare-database';
import { platform } from '../platform/platform';
import { toast } from '../stores/toast.store';
import { NewerDatabaseScreen } from './NewerDatabaseScreen';
import { StartupErrorScreen } from './StartupErrorBoundary';
import { StorageAlert } from './StorageAlert';
import {
  DISK_FULL_MESSAGE,
  NEWER_VERSION_MESSAGE,
  requestPersistentStorage,
  watchForDiskFull,
  watchForNewerVersion,
} from './storage-safety';

function checkDatabase(): Promise<DatabaseState> {
  return prepareDatabase({
    name: DATABASE_NAME,
    versions: SCHEMA_VERSIONS,
    appVersion: __APP_VERSION__,
    now: () => Date.now(),
  });
}

async function askForPersistentStorage(): Promise<void> {
  // The desktop app's profile is not evicted; the permission prompt is a browser matter.
  const info = await platform().getAppInfo();
  if (info.ok && info.value.shell === 'web') await requestPersistentStorage(navigator.storage);
}

export async function startApp(root: Root, app: ReactNode): Promise<void> {
  watchForDiskFull(window, db, () => {
    toast.alert(DISK_FULL_MESSAGE);
  });
  watchForNewerVersion(db, () => {
    toast.alert(NEWER_VERSION_MESSAGE);
  });
  void askForPersistentStorage();
  let state: DatabaseState;
  try {
    state = await checkDatabase();
  } catch (error: unknown) {
    console.error('MTTR Studio could not check its data', error);
    const shown = error instanceof Error ? error : new Error(String(error));
    root.render(<StartupErrorScreen error={shown} />);
    return;
  }
  if (state.kind === 'newer') {
    root.render(
      <StrictMode>
        <NewerDatabaseScreen
          storedVersion={state.storedVersion}
          appSchemaVersion={state.appSchemaVersion}
        />
      </StrictMode>,
    );
    return;
  }
  // Imported maturity models are read once here, so every screen can read any assessment's model.
  // A failure leaves only the built-in model readable; the screens that need another say so.
  await repos.models.load().catch((error: unknown) => {
    console.error('MTTR Studio could not read its imported maturity models', error);
  });
  root.render(
    <>
      {app}
      <StorageAlert />
    </>,
  );
  // Desktop only: a metrics folder chosen in an earlier run is kept up to date again.
  if (platform().getMetricsFolder !== undefined) {
    void import('../features/settings/kept-metrics-snapshot').then(({ keptMetricsSnapshot }) =>
      keptMetricsSnapshot.resume(),
    );
  }
  if (state.kind === 'upgrade') {
    toast.success(
      'Your data was updated for this version. A copy from before is kept in Settings → Data.',
    );
  }
}

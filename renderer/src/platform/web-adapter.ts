// The web shell's implementation of the platform port: what the desktop shell does natively is
// done here with what a browser offers (a new tab instead of the OS browser, a download instead of
// a save dialog, the browser's print dialog for PDF reports; no native menu).
import { err, ok } from '@shared/result';
import { isAllowedExternalUrl } from '@shared/external-links';
import { SAVE_FILE_EXTENSIONS, type PlatformApi, type SaveFileKind } from '@shared/platform-api';
import { reportRoute } from '@shared/report-request';
import { isUuid, presenterWindowRoute } from '@shared/presenter-request';

export interface WebAdapterDeps {
  readonly openWindow: (url: string) => void;
  /** Hands the browser a file to download under `fileName` (see downloadBlob). */
  readonly download: (fileName: string, blob: Blob) => void;
  /** Shows an in-app route (the part after `#`) in this tab. */
  readonly openRoute: (route: string) => void;
  /**
   * Opens an in-app route in a second browser window named `name` (the same name brings the same
   * window forward). False when the browser blocked it.
   */
  readonly openAppWindow?: (route: string, name: string) => boolean;
  /** The browser's screen wake lock: resolves to its release, or rejects where there is none. */
  readonly requestWakeLock?: () => Promise<() => void>;
}

const MIME_TYPES: Readonly<Record<SaveFileKind, string>> = {
  backup: 'application/json',
  csv: 'text/csv',
  'metrics-snapshot': 'text/plain',
  'metrics-history': 'application/openmetrics-text',
  'grafana-dashboard': 'application/json',
  'maturity-model': 'application/yaml',
};

/**
 * The browser's "save as": a temporary object URL clicked through an anchor with `download`. The
 * URL is revoked on the next task, after the browser has started reading it, so the file's copy
 * in memory is released.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** The part of `window.location` that showRoute uses. */
export interface HashLocation {
  hash: string;
  replace(url: string): void;
}

/** `/reports/drill/d-1?paper=a4` (or with a leading `#`) → its path and its query. */
function splitRoute(route: string): { readonly path: string; readonly params: URLSearchParams } {
  const [path = '', query = ''] = route.replace(/^#/u, '').split('?');
  return { path, params: new URLSearchParams(query) };
}

/**
 * Shows an in-app route in this tab. Going to the route already on screen (printing the report
 * that is open, perhaps on other paper) replaces its history entry rather than adding one, so
 * "Back" still leaves the report instead of showing it again; what the current URL says beyond
 * the new route's own parameters (such as where the report's back link goes) is kept.
 */
export function showRoute(location: HashLocation, route: string): void {
  const target = splitRoute(route);
  const current = splitRoute(location.hash);
  if (current.path !== target.path) {
    location.hash = route;
    return;
  }
  for (const [key, value] of target.params) current.params.set(key, value);
  location.replace(`#${target.path}?${current.params.toString()}`);
}

export function createWebPlatform(deps: WebAdapterDeps): PlatformApi {
  let releaseWakeLock: (() => void) | null = null;
  let wakeLockWanted = false;
  return {
    getAppInfo: () =>
      Promise.resolve(
        ok({ name: 'MTTR Studio', version: __APP_VERSION__, shell: 'web', platform: 'browser' }),
      ),
    openExternal: (url) => {
      if (!isAllowedExternalUrl(url)) {
        return Promise.resolve(err('not-allowed', `This link is not on the allow-list: ${url}`));
      }
      deps.openWindow(url);
      return Promise.resolve(ok(null));
    },
    saveFile: ({ suggestedName, content, kind }) => {
      const extension = `.${SAVE_FILE_EXTENSIONS[kind]}`;
      const fileName = suggestedName.toLowerCase().endsWith(extension)
        ? suggestedName
        : `${suggestedName}${extension}`;
      try {
        const blob = new Blob([content], { type: `${MIME_TYPES[kind]};charset=utf-8` });
        deps.download(fileName, blob);
      } catch (error: unknown) {
        const reason = error instanceof Error ? error.message : 'the browser refused it';
        return Promise.resolve(err('io-error', `The download could not start: ${reason}.`));
      }
      // The browser decides where the file goes (or asks); from here it is as good as saved.
      return Promise.resolve(ok({ saved: true, fileName }));
    },
    // The browser's own print dialog makes the PDF ("Save as PDF"): the report view opens with
    // `print=1` and prints itself once its ready signal is up.
    exportReportPdf: (request) => {
      deps.openRoute(`${reportRoute(request)}&print=1`);
      return Promise.resolve(ok({ outcome: 'opened-for-print' as const }));
    },
    // A second window of the same app on the same origin: it reads the same database live, so it
    // follows the run screen with no server in between.
    openPresenter: (drillId) => {
      if (!isUuid(drillId)) {
        return Promise.resolve(
          err('invalid-arguments', 'A presenter window names a drill by its id.'),
        );
      }
      const opened = deps.openAppWindow?.(
        presenterWindowRoute(drillId),
        `mttr-presenter-${drillId}`,
      );
      if (opened !== true) {
        return Promise.resolve(
          err(
            'not-allowed',
            'The browser blocked the presenter window. Allow pop-ups for this page, or press F for the presenter view here.',
          ),
        );
      }
      return Promise.resolve(ok({ placement: 'browser-window' as const }));
    },
    // The screen wake lock where the browser has one; the display may sleep where it has none.
    keepDisplayAwake: async (awake) => {
      wakeLockWanted = awake;
      if (!awake) {
        releaseWakeLock?.();
        releaseWakeLock = null;
        return ok(null);
      }
      if (releaseWakeLock !== null || deps.requestWakeLock === undefined) return ok(null);
      try {
        const release = await deps.requestWakeLock();
        // Let go at once if the drill ended while the browser was granting it.
        if (wakeLockWanted) releaseWakeLock = release;
        else release();
      } catch {
        // Refused (hidden page, battery saver): nothing to do but let the display follow its settings.
      }
      return ok(null);
    },
    showSavedFile: () =>
      Promise.resolve(err('not-allowed', 'The browser keeps its downloads: open them from there.')),
    // The browser has no native menu; keyboard shortcuts reach the page directly.
    // A page cannot open the OS dialog by itself: Settings offers file controls in the browser.
    openBackupFiles: () =>
      Promise.resolve(
        err('not-allowed', 'In a browser, choose the backups with the file or folder control.'),
      ),
    onMenuCommand: () => () => undefined,
  };
}

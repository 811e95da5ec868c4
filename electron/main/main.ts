// Main-process entry: lifecycle only. Policy lives in the modules it wires together: security/
// (navigation, permissions), app-protocol.ts (what is served and with which headers), ipc/ (what
// the renderer may ask), report/ (printing a report view to PDF), presenter/ (the presenter
// window), desktop/ (right-click menu, crash and hang recovery), keep-awake.ts, log-file.ts,
// metrics-folder.ts (the kept-up-to-date metrics snapshot), window.ts and menu.ts.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  nativeTheme,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  shell,
  webContents,
} from 'electron';
import { APP_SCHEME } from '../shared/app-origin';
import { eventChannels, type EventPayloads } from '../shared/ipc-contract';
import { createAppProtocolHandler } from './app-protocol';
import { createHandlers } from './ipc/handlers';
import { createSavedFiles } from './ipc/saved-files';
import { createElectronOpenBackups } from './ipc/open-backups-electron';
import { registerHandlers } from './ipc/validated-ipc';
import { installContextMenu } from './desktop/context-menu';
import { watchForCrashes, type CrashRecoveryDeps } from './desktop/crash-recovery';
import { createKeepAwake } from './keep-awake';
import { createLogFile } from './log-file';
import { createPresenterWindows } from './presenter/presenter-windows';
import type { SaveDialogOptions } from './ipc/save-file';
import { PROJECT_DOCS_URL, installMenu, showAboutDialog } from './menu';
import { createMetricsFolder } from './metrics-folder';
import { createReportExporter } from './report/export-report';
import { closeReportWindows, openReportWindow } from './report/report-window';
import { hardenSession, hardenWebContents } from './security/harden';
import { appPaths, createMainWindow, createPresenterWindow } from './window';

// Scheme privileges are fixed when the browser process starts, so this must run before `ready`.
// Not bypassCSP: our own CSP header must apply. Not corsEnabled: other origins may not read us.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Sandbox every renderer, including any a future change creates without saying so.
app.enableSandbox();

// A separate profile on request: end-to-end tests give each test a fresh one. Electron keeps
// userData under appData/<name> whatever Chromium's switch says, so apply it ourselves, before
// the single-instance lock (which is per profile) and before anything touches storage.
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch !== '') app.setPath('userData', path.resolve(userDataSwitch));

const logFile = createLogFile(app.getPath('userData'), fs);
const log = (message: string): void => {
  console.warn(`[security] ${message}`);
  logFile.write('warn', `[security] ${message}`);
};
const logInfo = (message: string): void => {
  console.warn(message);
  logFile.write('info', message);
};
const keepAwake = createKeepAwake(powerSaveBlocker);
const openExternal = (url: string): Promise<void> => shell.openExternal(url);

let mainWindow: BrowserWindow | null = null;

function sendToRenderer<C extends keyof EventPayloads>(
  channel: C,
  payload: EventPayloads[C],
): void {
  if (mainWindow !== null && !mainWindow.isDestroyed())
    mainWindow.webContents.send(channel, payload);
}

/** Where a save dialog opens: the user's documents, or (if the OS has none) its own default. */
function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return '';
  }
}

/** Electron's dialog types want mutable arrays. */
function copyFilter(filter: { name: string; extensions: readonly string[] }) {
  return { name: filter.name, extensions: [...filter.extensions] };
}

/** The OS save dialog, opening in the user's documents folder, modal to `parent` if there is one. */
function showSaveDialog(
  options: SaveDialogOptions,
  // Electron's own "a window or none" type (BrowserWindow | null, as its API hands it out).
  parent: ReturnType<typeof BrowserWindow.getFocusedWindow>,
) {
  const dialogOptions = {
    ...options,
    defaultPath: path.join(documentsFolder(), options.defaultPath),
    filters: options.filters.map(copyFilter),
  };
  return parent === null || parent.isDestroyed()
    ? dialog.showSaveDialog(dialogOptions)
    : dialog.showSaveDialog(parent, dialogOptions);
}

/** A crash or hang dialog for `win`, modal to it. */
function crashDialogFor(win: BrowserWindow): CrashRecoveryDeps {
  return {
    ask: (options) => dialog.showMessageBox(win, { ...options, buttons: [...options.buttons] }),
    log: logInfo,
  };
}

/** The display the window of a web contents is on; null when that window is gone. */
function displayOf(contentsId: number): number | null {
  const contents = webContents.fromId(contentsId);
  const win = contents === undefined ? null : BrowserWindow.fromWebContents(contents);
  return win === null || win.isDestroyed() ? null : screen.getDisplayMatching(win.getBounds()).id;
}

const presenterWindows = createPresenterWindows({
  createWindow: (bounds) => {
    const win = createPresenterWindow(bounds, appPaths(app.getAppPath(), app.getPath('userData')));
    watchForCrashes(win, crashDialogFor(win));
    return win;
  },
  getDisplays: () => screen.getAllDisplays(),
  primaryDisplayId: () => screen.getPrimaryDisplay().id,
  displayOf,
  log: logInfo,
});

function showMainWindow(): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  const paths = appPaths(app.getAppPath(), app.getPath('userData'));
  const created = createMainWindow(paths);
  watchForCrashes(created, crashDialogFor(created));
  created.on('closed', () => {
    mainWindow = null;
    // An export in progress is abandoned with the window it was started from.
    closeReportWindows();
    // The presenter shows the app window's drill; without it, it would keep the app running.
    presenterWindows.closeAll();
  });
  mainWindow = created;
}

function start(): void {
  nativeTheme.themeSource = 'system';
  hardenSession(session.defaultSession, { log });

  const paths = appPaths(app.getAppPath(), app.getPath('userData'));
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererRoot));

  // One register for every file saved this session, so "Show in folder" finds a PDF as a backup.
  const savedFiles = createSavedFiles(randomUUID);
  registerHandlers(
    ipcMain,
    {
      ...createHandlers({
        getName: () => app.getName(),
        getVersion: () => app.getVersion(),
        platform: process.platform,
        openExternal,
        showSaveDialog: (options) =>
          showSaveDialog(options, BrowserWindow.getFocusedWindow() ?? mainWindow),
        writeFile: (filePath, content) => writeFile(filePath, content, 'utf8'),
        exportReportPdf: createReportExporter({
          openReportWindow,
          // The report window is hidden (and already closed): the dialog belongs to the app window.
          showSaveDialog: (options) => showSaveDialog(options, mainWindow),
          writeFile: (filePath, bytes) => writeFile(filePath, bytes),
          savedFiles,
        }),
        openPresenter: (drillId, askedBy) => presenterWindows.open(drillId, askedBy),
        keepDisplayAwake: (contentsId, awake) => {
          keepAwake.set(contentsId, awake);
        },
        savedFiles,
        showItemInFolder: (filePath) => {
          shell.showItemInFolder(filePath);
        },
        openBackups: createElectronOpenBackups(
          () => BrowserWindow.getFocusedWindow() ?? mainWindow,
        ),
      }),
      ...createMetricsFolder({
        settingsFile: path.join(app.getPath('userData'), 'metrics-folder.json'),
        fs: {
          readFile: (file) => readFile(file, 'utf8'),
          writeFile: (file, content) => writeFile(file, content, 'utf8'),
          rename,
          remove: (file) => rm(file, { force: true }),
        },
        showFolderDialog: (options) => {
          const parent = BrowserWindow.getFocusedWindow() ?? mainWindow;
          const dialogOptions = { ...options, properties: [...options.properties] };
          return parent === null || parent.isDestroyed()
            ? dialog.showOpenDialog(dialogOptions)
            : dialog.showOpenDialog(parent, dialogOptions);
        },
        pid: process.pid,
      }),
    },
    (message, error) => {
      console.error(message, ...(error === undefined ? [] : [error]));
      logFile.write('error', message, error);
    },
  );

  installMenu({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    docsUrl: PROJECT_DOCS_URL,
    send: (command) => {
      sendToRenderer(eventChannels['menu:command'], command);
    },
    showAbout: () => {
      showAboutDialog(mainWindow, {
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      });
    },
    openExternal: (url) => {
      openExternal(url).catch((error: unknown) => {
        console.error(`Could not open ${url}:`, error);
      });
    },
    showDataFolder: () => {
      void shell.openPath(app.getPath('userData'));
    },
    showLogs: () => {
      // The folder exists once something was logged; log that the logs were asked for.
      logFile.write('info', 'Logs shown from the Help menu.');
      void shell.openPath(logFile.folder);
    },
  });
  logInfo(`MTTR Studio ${app.getVersion()} started.`);

  showMainWindow();
}

// One instance per profile: two processes writing the same IndexedDB would corrupt it, and a
// second launch is almost always the user looking for the window they already have.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady()) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { openExternal, log });
    installContextMenu(contents, (template) => {
      const win = BrowserWindow.fromWebContents(contents);
      Menu.buildFromTemplate(template).popup(win === null ? {} : { window: win });
    });
    // Whatever a page asked of the display ends with it (closed, crashed, reloaded into another).
    const id = contents.id;
    contents.once('destroyed', () => {
      keepAwake.release(id);
    });
    contents.on('render-process-gone', () => {
      keepAwake.release(id);
    });
  });
  app.on('window-all-closed', () => {
    // macOS apps stay alive without windows until the user quits from the dock or menu.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) showMainWindow();
  });
  if (process.platform === 'win32') app.setAppUserModelId('studio.mttr.app');

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('MTTR Studio failed to start:', error);
      app.exit(1);
    });
}

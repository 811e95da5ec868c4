// The one application window. Every web preference that matters for security is spelled out,
// even where it is Electron's default, so a reader (and Electronegativity) sees the full posture.
import path from 'node:path';
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from '../shared/app-origin';
import {
  MIN_WINDOW_SIZE,
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  trackWindowState,
} from './window-state';

/** The renderer's --bg colours (renderer/src/styles/app.css), so no white flash before paint. */
const BACKGROUND = { light: '#f6f7f9', dark: '#0f1318' } as const;

export interface WindowPaths {
  /** dist/electron/preload.cjs */
  readonly preload: string;
  /** userData/window-state.json */
  readonly windowStateFile: string;
  /** Window icon; Linux shows it in the task switcher, macOS and Windows use the bundle's. */
  readonly icon: string;
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const saved = clampToDisplays(
    loadWindowState(paths.windowStateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const win = new BrowserWindow({
    ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    width: saved.width,
    height: saved.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'MTTR Studio',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    ...(process.platform === 'linux' ? { icon: paths.icon } : {}),
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click fires auxclick, a path to opening links that bypasses ordinary click handling.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  });

  trackWindowState(win, (state) => {
    saveWindowState(paths.windowStateFile, state);
  });

  // Showing only once the first frame is ready avoids an empty window flashing up. Maximising
  // waits too: on Windows maximize() would show the still-blank window.
  win.once('ready-to-show', () => {
    if (saved.isMaximized) win.maximize();
    win.show();
  });

  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}:`, error);
  });
  return win;
}

/** Where the built files live, relative to the app root (a folder in development, app.asar packaged). */
export function appPaths(
  appRoot: string,
  userData: string,
): WindowPaths & { rendererRoot: string } {
  return {
    rendererRoot: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    icon: path.join(appRoot, 'dist', 'electron', 'icon.png'),
    windowStateFile: path.join(userData, 'window-state.json'),
  };
}

// The windows that show app pages: the application window, and (report/report-window.ts) the hidden
// window a PDF is printed from. Both are made by createAppPageWindow, where every web preference
// that matters for security is spelled out once, even where it is Electron's default, so a reader
// (and Electronegativity, which reads only the literal inside `new BrowserWindow(...)`) sees the
// full posture and the two windows cannot drift apart.
import path from 'node:path';
import { BrowserWindow, nativeTheme, screen, type BrowserWindowConstructorOptions } from 'electron';
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

/** What a window may add to the shared web preferences: never a security setting. */
export interface PageWindowExtras {
  /** The app window's bridge; the report window has none. */
  readonly preload?: string;
  /** A hidden window must keep running timers and animation frames at full speed. */
  readonly backgroundThrottling?: boolean;
}

export function createAppPageWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  extras: PageWindowExtras = {},
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The extras first, so nothing in them can override a setting below.
      ...extras,
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
}

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

  const win = createAppPageWindow(
    {
      ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
      width: saved.width,
      height: saved.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      title: 'MTTR Studio',
      show: false,
      backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
      ...(process.platform === 'linux' ? { icon: paths.icon } : {}),
    },
    { preload: paths.preload },
  );

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

/** The presenter's window: the same bridge as the app window, placed by presenter-placement.ts. */
export function createPresenterWindow(
  bounds: { x: number; y: number; width: number; height: number },
  paths: WindowPaths,
): BrowserWindow {
  return createAppPageWindow(
    {
      ...bounds,
      minWidth: 640,
      minHeight: 400,
      title: 'MTTR Studio presenter',
      show: false,
      backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
      ...(process.platform === 'linux' ? { icon: paths.icon } : {}),
    },
    { preload: paths.preload },
  );
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

// The native menu. Items that belong to the app (navigation, new team, settings) do not act in
// main: they send a MenuCommand to the renderer, which owns routing and state. The template is
// built by a pure function so its shape can be tested without Electron.
import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { isAllowedExternalUrl } from '../shared/external-links';
import type { MenuCommand } from '../shared/platform-api';

/** Background reading on the recovery measures the app uses; shown only while allow-listed. */
export const PROJECT_DOCS_URL = 'https://dora.dev/guides/dora-metrics-four-keys/';

export interface MenuOptions {
  readonly appName: string;
  readonly isMac: boolean;
  /** Reload and DevTools are development aids; a packaged app does not offer them. */
  readonly isPackaged: boolean;
  readonly docsUrl: string;
  readonly send: (command: MenuCommand) => void;
  readonly showAbout: () => void;
  readonly openExternal: (url: string) => void;
  /** Opens the app's data folder (userData) in the file manager. */
  readonly showDataFolder: () => void;
  /** Shows the log file (log-file.ts) in the file manager. */
  readonly showLogs: () => void;
}

const GO_TO: readonly { readonly label: string; readonly command: MenuCommand }[] = [
  { label: 'Home', command: 'go:home' },
  { label: 'Teams', command: 'go:teams' },
  { label: 'Assessments', command: 'go:assessments' },
  { label: 'Drills', command: 'go:drills' },
  { label: 'Trends', command: 'go:trends' },
  { label: 'Reports', command: 'go:reports' },
];

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isPackaged, send } = options;
  const item = (label: string, command: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => {
      send(command);
    },
  });
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: options.showAbout };
  const settings = item('Settings…', 'go:settings', 'CmdOrCtrl+,');
  const newTeam = item('New team…', 'team:new');
  // Both act in the renderer (Settings → Data): it owns the database and the file picker.
  const data = [item('Back up data…', 'data:backup'), item('Restore from backup…', 'data:restore')];

  // macOS keeps About, Settings and Quit in the application menu; elsewhere they live in File/Help.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            settings,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac
      ? [newTeam, separator, ...data, separator, { role: 'close' }]
      : [newTeam, separator, ...data, separator, settings, separator, { role: 'quit' }],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...GO_TO.map(({ label, command }, index) =>
        item(`Go to ${label}`, command, `CmdOrCtrl+${index + 1}`),
      ),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  };

  const docs: MenuItemConstructorOptions[] = isAllowedExternalUrl(options.docsUrl)
    ? [
        {
          label: 'About the DORA recovery metrics',
          click: () => {
            options.openExternal(options.docsUrl);
          },
        },
      ]
    : [];
  // Where the data and the logs are, for a backup by hand or a problem report.
  const folders: MenuItemConstructorOptions[] = [
    { label: 'Show data folder', click: options.showDataFolder },
    { label: 'Show logs', click: options.showLogs },
  ];
  const helpItems = [
    ...docs,
    ...(docs.length > 0 ? [separator] : []),
    ...folders,
    ...(isMac ? [] : [separator, about]),
  ];
  const help: MenuItemConstructorOptions[] = [{ role: 'help', submenu: helpItems }];

  return [
    ...appMenu,
    file,
    { role: 'editMenu' },
    view,
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    ...help,
  ];
}

export interface AboutFacts {
  readonly name: string;
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
}

export function aboutDetail(facts: AboutFacts): string {
  return [
    `Version ${facts.version}`,
    `Electron ${facts.electron}`,
    `Chrome ${facts.chrome}`,
    `Node.js ${facts.node}`,
  ].join('\n');
}

export function showAboutDialog(parent: BrowserWindow | null, facts: AboutFacts): void {
  const options = {
    type: 'info' as const,
    title: `About ${facts.name}`,
    message: facts.name,
    detail: aboutDetail(facts),
    buttons: ['OK'],
  };
  const shown =
    parent === null ? dialog.showMessageBox(options) : dialog.showMessageBox(parent, options);
  shown.catch((error: unknown) => {
    console.error('Could not show the About dialog:', error);
  });
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}

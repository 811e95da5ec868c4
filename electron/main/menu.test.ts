import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../shared/platform-api';

// menu.ts imports Menu and dialog at load time; the Electron binary is not needed to test the
// template, so the module is replaced by inert stand-ins.
vi.mock('electron', () => ({
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
  dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })) },
}));

const { aboutDetail, buildMenuTemplate } = await import('./menu');

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = [];
  const options = {
    appName: 'MTTR Studio',
    isMac: false,
    isPackaged: true,
    docsUrl: 'https://dora.dev/guides/dora-metrics-four-keys/',
    send: (command: MenuCommand) => sent.push(command),
    showAbout: vi.fn(),
    openExternal: vi.fn(),
    showDataFolder: vi.fn(),
    showLogs: vi.fn(),
    ...overrides,
  };
  return { template: buildMenuTemplate(options), sent, options };
}

/** Every item in the template, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label === label);

function click(item: MenuItemConstructorOptions | undefined): void {
  if (item?.click === undefined) throw new Error('item has no click handler');
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it.each([
    ['Go to Home', 'go:home', 'CmdOrCtrl+1'],
    ['Go to Teams', 'go:teams', 'CmdOrCtrl+2'],
    ['Go to Assessments', 'go:assessments', 'CmdOrCtrl+3'],
    ['Go to Drills', 'go:drills', 'CmdOrCtrl+4'],
    ['Go to Trends', 'go:trends', 'CmdOrCtrl+5'],
    ['Go to Reports', 'go:reports', 'CmdOrCtrl+6'],
    ['Settings…', 'go:settings', 'CmdOrCtrl+,'],
  ])('%s sends %s on %s', (label, command, accelerator) => {
    const { template, sent } = build();
    const item = byLabel(template, label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('New team… sends team:new', () => {
    const { template, sent } = build();
    click(byLabel(template, 'New team…'));
    expect(sent).toEqual(['team:new']);
  });

  it.each([
    ['Back up data…', 'data:backup'],
    ['Restore from backup…', 'data:restore'],
  ])('File → %s sends %s, on macOS too', (label, command) => {
    for (const isMac of [false, true]) {
      const { template, sent } = build({ isMac });
      const file = template.find((entry) => entry.label === 'File');
      click(items([file ?? {}]).find((entry) => entry.label === label));
      expect(sent).toEqual([command]);
    }
  });

  it('offers every menu command the renderer understands', () => {
    const { template, sent } = build();
    for (const item of items(template)) if (item.role === undefined && item.click) click(item);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('offers reload and DevTools only in development', () => {
    const roles = (isPackaged: boolean) => items(build({ isPackaged }).template).map((i) => i.role);
    expect(roles(true)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']),
    );
  });

  it('has zoom and full-screen controls in View', () => {
    const roles = items(build().template).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('follows macOS conventions: app menu first with About, Settings and Quit; a Window menu', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.label).toBe('MTTR Studio');
    const appItems = items([template[0] ?? {}]);
    expect(appItems.map((item) => item.label)).toEqual(
      expect.arrayContaining(['About MTTR Studio', 'Settings…']),
    );
    expect(appItems.map((item) => item.role)).toContain('quit');
    expect(template.map((item) => item.role)).toContain('windowMenu');
  });

  it('puts Quit in File and About in Help elsewhere', () => {
    const { template, options } = build({ isMac: false });
    const file = template.find((item) => item.label === 'File');
    expect(items([file ?? {}]).map((item) => item.role)).toContain('quit');
    const help = template.find((item) => item.role === 'help');
    const about = items([help ?? {}]).find((item) => item.label === 'About MTTR Studio');
    click(about);
    expect(options.showAbout).toHaveBeenCalled();
  });

  it.each([false, true])('offers Show data folder and Show logs in Help (mac: %s)', (isMac) => {
    const { template, options } = build({ isMac });
    const help = template.find((item) => item.role === 'help');
    const labels = items([help ?? {}]).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Show data folder', 'Show logs']));
    click(byLabel(template, 'Show data folder'));
    expect(options.showDataFolder).toHaveBeenCalledTimes(1);
    click(byLabel(template, 'Show logs'));
    expect(options.showLogs).toHaveBeenCalledTimes(1);
  });

  it('links the docs only when the URL is on the external-link allow-list', () => {
    const allowed = build();
    const docs = byLabel(allowed.template, 'About the DORA recovery metrics');
    click(docs);
    expect(allowed.options.openExternal).toHaveBeenCalledWith(allowed.options.docsUrl);

    const refused = build({ docsUrl: 'https://docs.example.com/' });
    expect(byLabel(refused.template, 'About the DORA recovery metrics')).toBeUndefined();
  });
});

describe('aboutDetail', () => {
  it('names the version and the Electron and Chrome versions', () => {
    const detail = aboutDetail({
      name: 'MTTR Studio',
      version: '1.2.3',
      electron: '45.4.1',
      chrome: '140.0.1',
      node: '22.20.0',
    });
    expect(detail).toContain('Version 1.2.3');
    expect(detail).toContain('Electron 45.4.1');
    expect(detail).toContain('Chrome 140.0.1');
  });
});

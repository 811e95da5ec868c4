// The platform port: everything the renderer may ask of the shell it runs in. The Electron preload
// implements it over IPC (one function per channel); the web shell implements it with browser
// fallbacks. The renderer only ever sees this interface.
import type { Result } from './result';

export type ShellKind = 'electron' | 'web';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly shell: ShellKind;
  /** Operating system as the shell reports it, e.g. "linux", "darwin", "win32". */
  readonly platform: string;
}

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'go:home',
  'go:teams',
  'go:assessments',
  'go:drills',
  'go:trends',
  'go:reports',
  'go:settings',
  'team:new',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export interface PlatformApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Opens an allow-listed https link in the system browser. */
  openExternal(url: string): Promise<Result<null>>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

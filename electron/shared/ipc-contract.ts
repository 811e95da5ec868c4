// The IPC contract: every channel, the schema its arguments must pass, and its answer type. Main
// registers exactly these handlers (through the validating wrapper) and the preload exposes exactly
// one function per channel. Channel names are `area:verb-noun`.
import { z } from 'zod';
import {
  MAX_SAVE_FILE_CHARS,
  SAVE_FILE_KINDS,
  type AppInfo,
  type MenuCommand,
  type SaveFileOutcome,
} from './platform-api';

/** Device names Windows reserves, with or without an extension (`CON`, `nul.json`, `COM1.csv`). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

/**
 * A bare file name: no folder separators, no leading dot, no characters Windows refuses, no
 * Windows device name, no trailing dot or space (Windows drops them, so the name would change).
 * The renderer suggests a name; only the user (in the dialog) picks where it goes.
 */
function isBareFileName(name: string): boolean {
  let hasControl = false;
  for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) < 0x20) hasControl = true;
  return (
    !hasControl &&
    !name.startsWith('.') &&
    !/[. ]$/u.test(name) &&
    !WINDOWS_DEVICE_NAME.test(name) &&
    !/[/\\:*?"<>|]/.test(name)
  );
}
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isBareFileName, 'must be a bare file name, without a folder');

const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  content: z.string().max(MAX_SAVE_FILE_CHARS),
  kind: z.enum(SAVE_FILE_KINDS),
});

export const invokeChannels = {
  'app:get-info': { args: z.tuple([]) },
  'shell:open-external': { args: z.tuple([z.string().min(1).max(2048)]) },
  'file:save': { args: z.tuple([saveFileRequest]) },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['args']>;

export interface InvokeResults {
  'app:get-info': AppInfo;
  'shell:open-external': null;
  'file:save': SaveFileOutcome;
}

/** Events main sends to the renderer. */
export const eventChannels = {
  'menu:command': 'menu:command',
} as const;
export interface EventPayloads {
  'menu:command': MenuCommand;
}

/** The reviewed set of functions the preload exposes as `window.api`. Tests pin it. */
export const EXPOSED_API_FUNCTIONS = [
  'getAppInfo',
  'openExternal',
  'saveFile',
  'onMenuCommand',
] as const;

// The IPC contract: every channel, the schema its arguments must pass, and its answer type. Main
// registers exactly these handlers (through the validating wrapper) and the preload exposes exactly
// one function per channel. Channel names are `area:verb-noun`.
import { z } from 'zod';
import type { AppInfo, MenuCommand } from './platform-api';

export const invokeChannels = {
  'app:get-info': { args: z.tuple([]) },
  'shell:open-external': { args: z.tuple([z.string().min(1).max(2048)]) },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['args']>;

export interface InvokeResults {
  'app:get-info': AppInfo;
  'shell:open-external': null;
}

/** Events main sends to the renderer. */
export const eventChannels = {
  'menu:command': 'menu:command',
} as const;
export interface EventPayloads {
  'menu:command': MenuCommand;
}

/** The reviewed set of functions the preload exposes as `window.api`. Tests pin it. */
export const EXPOSED_API_FUNCTIONS = ['getAppInfo', 'openExternal', 'onMenuCommand'] as const;

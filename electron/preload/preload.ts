// The whole bridge between the page and the main process: one function per IPC channel, typed by
// the contract, exposed as `window.api`. Nothing else crosses: no ipcRenderer, no generic "invoke
// any channel", no Electron event objects. This file runs in the sandbox, so it may import only
// `electron` (the build bundles everything else into it).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  eventChannels,
  InvokeArgs,
  InvokeChannel,
  InvokeResults,
} from '../shared/ipc-contract';
import {
  isMenuCommand,
  type MenuCommand,
  type PlatformApi,
  type SaveFileRequest,
} from '../shared/platform-api';
import type { OpenBackupsRequest } from '../shared/backup-files';
import type { ReportRequest } from '../shared/report-request';
import type { Result } from '../shared/result';

// Type-only imports from the contract: its runtime half is the zod schemas main validates with,
// which the preload has no use for and would otherwise carry in its bundle. The annotation still
// ties this literal to the contract.
const MENU_COMMAND_CHANNEL: (typeof eventChannels)['menu:command'] = 'menu:command';

function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeArgs<C>
): Promise<Result<InvokeResults[C]>> {
  // Main answers every invoke with a Result (validated-ipc.ts), never a rejection.
  return ipcRenderer.invoke(channel, ...args) as Promise<Result<InvokeResults[C]>>;
}

const api = {
  getAppInfo: () => invoke('app:get-info'),

  openExternal: (url: string) => invoke('shell:open-external', url),

  // Only the three fields cross, whatever else the page put on the object.
  saveFile: ({ suggestedName, content, kind }: SaveFileRequest) =>
    invoke('file:save', { suggestedName, content, kind }),

  // Only the target and the paper cross: main checks both and builds the report's URL itself.
  exportReportPdf: ({ target, paper }: ReportRequest) =>
    invoke('report:export-pdf', { target, paper }),

  // Only the id crosses; main checks it is a UUID and builds the URL itself.
  openPresenter: (drillId: string) => invoke('presenter:open', drillId),

  keepDisplayAwake: (awake: boolean) => invoke('power:keep-display-awake', awake),

  showSavedFile: (savedId: string) => invoke('file:show-in-folder', savedId),
  // The metrics folder (desktop only): main alone knows the folder; only the snapshot's text crosses.
  getMetricsFolder: () => invoke('metrics:get-folder'),
  chooseMetricsFolder: () => invoke('metrics:choose-folder'),
  stopMetricsFolder: () => invoke('metrics:stop-folder'),
  writeMetricsSnapshot: (content: string) => invoke('metrics:write-snapshot', content),
  // Only what to open crosses; the paths stay in main.
  openBackupFiles: ({ from }: OpenBackupsRequest) => invoke('file:open-backups', { from }),

  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // The page gets only a known command: the event object would hand it `sender`, i.e. ipcRenderer.
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies PlatformApi;

contextBridge.exposeInMainWorld('api', api);

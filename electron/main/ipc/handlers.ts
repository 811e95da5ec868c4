// The main-process side of every IPC channel. Arguments arrive already validated by the wrapper
// (validated-ipc.ts); these functions only decide and act. Electron is injected so the decisions
// can be tested without it.
import path from 'node:path';
import { isAllowedExternalUrl } from '../../shared/external-links';
import type { PresenterOutcome } from '../../shared/presenter-request';
import type { OpenBackupsRequest, OpenedBackups } from '../../shared/backup-files';
import type { ReportExportOutcome, ReportRequest } from '../../shared/report-request';
import { err, ok, type Result } from '../../shared/result';
import type { SavedFiles } from './saved-files';
import { saveDialogOptions, writeFailureMessage, type SaveDialog } from './save-file';
import type { MetricsFolderChannel } from '../../shared/metrics-folder-channels';
import type { InvokeHandlers } from './validated-ipc';

export interface HandlerDeps {
  readonly getName: () => string;
  readonly getVersion: () => string;
  readonly platform: string;
  readonly openExternal: (url: string) => Promise<void>;
  /** The OS save dialog, parented to the focused window. */
  readonly showSaveDialog: SaveDialog;
  readonly writeFile: (filePath: string, content: string) => Promise<void>;
  /** Prints a report view to PDF and saves it where the user chooses (report/export-report.ts). */
  readonly exportReportPdf: (request: ReportRequest) => Promise<Result<ReportExportOutcome>>;
  /** Opens (or brings forward) a drill's presenter window (presenter/presenter-windows.ts). */
  readonly openPresenter: (drillId: string, askedBy: number) => Result<PresenterOutcome>;
  /** A web contents wants the display kept awake, or no longer (keep-awake.ts). */
  readonly keepDisplayAwake: (contentsId: number, awake: boolean) => void;
  /** The files saved this session, by id (saved-files.ts). */
  readonly savedFiles: SavedFiles;
  /** shell.showItemInFolder. */
  readonly showItemInFolder: (filePath: string) => void;
  /** Opens many backups through the OS dialog (ipc/open-backups.ts). */
  readonly openBackups: (request: OpenBackupsRequest) => Promise<Result<OpenedBackups>>;
}

/** The metrics folder's channels are ../metrics-folder.ts's. */
export function createHandlers(deps: HandlerDeps): Omit<InvokeHandlers, MetricsFolderChannel> {
  return {
    'app:get-info': () =>
      ok({
        name: deps.getName(),
        version: deps.getVersion(),
        shell: 'electron',
        platform: deps.platform,
      }),

    'shell:open-external': async (url) => {
      // The renderer is not trusted to pick what the OS opens: only allow-listed https pages.
      if (!isAllowedExternalUrl(url)) {
        return err('not-allowed', 'Only https links to the allow-listed sites can be opened.');
      }
      try {
        await deps.openExternal(url);
      } catch {
        // Typically no browser is registered for https; the user can act on that, unlike a bug.
        return err('io-error', 'The system could not open the link in a browser.');
      }
      return ok(null);
    },

    'file:save': async ({ suggestedName, content, kind }) => {
      // The path comes only from the dialog the user answered, never from the renderer.
      const choice = await deps.showSaveDialog(saveDialogOptions(suggestedName, kind));
      if (choice.canceled || choice.filePath === undefined || choice.filePath === '') {
        return ok({ saved: false });
      }
      try {
        await deps.writeFile(choice.filePath, content);
      } catch (error: unknown) {
        return err('io-error', writeFailureMessage(error));
      }
      return ok({
        saved: true,
        fileName: path.basename(choice.filePath),
        savedId: deps.savedFiles.remember(choice.filePath),
      });
    },

    'file:show-in-folder': (savedId) => {
      const filePath = deps.savedFiles.pathOf(savedId);
      if (filePath === undefined) {
        return err('not-allowed', 'That file was not saved by MTTR Studio in this session.');
      }
      deps.showItemInFolder(filePath);
      return ok(null);
    },

    'presenter:open': (drillId, sender) => deps.openPresenter(drillId, sender?.contentsId ?? -1),

    'power:keep-display-awake': (awake, sender) => {
      deps.keepDisplayAwake(sender?.contentsId ?? -1, awake);
      return ok(null);
    },

    // The request names records by id only; the exporter builds the URL and asks for the path.
    'report:export-pdf': (request) => deps.exportReportPdf(request),

    'file:open-backups': (request) => deps.openBackups(request),
  } satisfies Omit<InvokeHandlers, MetricsFolderChannel>;
}

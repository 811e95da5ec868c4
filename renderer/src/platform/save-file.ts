// Saving a file through the shell (desktop: save dialog; web: download), told in words, and the
// "Show in folder" a saved file offers. Every kind of saved file (backups, CSV, metrics, PDF
// reports) offers it through showInFolder here, so the action reads and behaves the same.
import type { PlatformApi, SaveFileRequest } from '@shared/platform-api';
import type { ReportExportOutcome } from '@shared/report-request';
import { platform } from './platform';
import { toast, type ToastAction } from '../stores/toast.store';

export type SaveOutcome =
  /** savedId: the desktop app's name for the file, for "Show in folder" (none in the web shell). */
  | { readonly kind: 'saved'; readonly fileName: string; readonly savedId?: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export async function saveTextFile(request: SaveFileRequest): Promise<SaveOutcome> {
  try {
    const result = await platform().saveFile(request);
    if (!result.ok) return { kind: 'failed', message: result.message };
    if (!result.value.saved) return { kind: 'cancelled' };
    const { savedId } = result.value;
    return {
      kind: 'saved',
      fileName: result.value.fileName ?? request.suggestedName,
      ...(savedId === undefined ? {} : { savedId }),
    };
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `The file could not be saved: ${reason}` };
  }
}

/**
 * "Show in folder" for a file the desktop app saved (a save outcome or a report export's): only
 * main's savedId names it. Nothing where the browser downloaded or printed it (no savedId).
 */
export function showInFolder(
  saved: SaveOutcome | ReportExportOutcome,
  api: () => PlatformApi = platform,
): ToastAction | undefined {
  const savedId = 'savedId' in saved ? saved.savedId : undefined;
  if (savedId === undefined) return undefined;
  return {
    label: 'Show in folder',
    run: () => {
      void api()
        .showSavedFile(savedId)
        .then((result) => {
          if (!result.ok) toast.error(result.message);
        });
    },
  };
}

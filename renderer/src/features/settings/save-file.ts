// Saving a text file through the shell (desktop: save dialog; web: download), told in words.
import type { SaveFileRequest } from '@shared/platform-api';
import { platform } from '../../platform/platform';
import { toast, type ToastAction } from '../../stores/toast.store';

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

/** "Show in folder" for a file the desktop app saved; nothing where the browser downloaded it. */
export function showInFolder(outcome: SaveOutcome): ToastAction | undefined {
  if (outcome.kind !== 'saved' || outcome.savedId === undefined) return undefined;
  const { savedId } = outcome;
  return {
    label: 'Show in folder',
    run: () => {
      void platform()
        .showSavedFile(savedId)
        .then((result) => {
          if (!result.ok) toast.error(result.message);
        });
    },
  };
}

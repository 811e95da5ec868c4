// Saving a text file through the shell (desktop: save dialog; web: download), told in words.
import type { SaveFileRequest } from '@shared/platform-api';
import { platform } from '../../platform/platform';

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export async function saveTextFile(request: SaveFileRequest): Promise<SaveOutcome> {
  try {
    const result = await platform().saveFile(request);
    if (!result.ok) return { kind: 'failed', message: result.message };
    if (!result.value.saved) return { kind: 'cancelled' };
    return { kind: 'saved', fileName: result.value.fileName ?? request.suggestedName };
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `The file could not be saved: ${reason}` };
  }
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { finishAction, usePendingAction } from '../../stores/menu-actions';
import { repos } from '../../db/app-db';
import { MAX_BACKUP_BYTES } from '../../db/backup/format';
import { localToday } from '../../platform/reader';
import { toast } from '../../stores/toast.store';
import { backupFileName, backupSizeWarning } from './data-files';
import { saveTextFile, showInFolder } from '../../platform/save-file';

/**
 * Writes every store to one JSON file, through the save dialog (desktop) or a download (web).
 * File → "Back up data…" starts it too.
 */
export function BackupButton() {
  const [busy, setBusy] = useState(false);
  const backUp = useCallback(async () => {
    setBusy(true);
    try {
      const now = Date.now();
      const text = await repos.backup.export(__APP_VERSION__);
      const today = localToday(now);
      const outcome = await saveTextFile({
        suggestedName: backupFileName(today),
        content: text,
        kind: 'backup',
      });
      if (outcome.kind === 'saved') {
        const warning = backupSizeWarning(new Blob([text]).size, MAX_BACKUP_BYTES);
        if (warning === null)
          toast.success(`Backup saved as ${outcome.fileName}.`, showInFolder(outcome));
        else toast.error(`Backup saved as ${outcome.fileName}, but ${warning}`);
      }
      if (outcome.kind === 'failed') toast.error(outcome.message);
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      toast.error(`The backup could not be made: ${reason}`);
    } finally {
      setBusy(false);
    }
  }, []);

  const menuRequest = usePendingAction('data:backup');
  const handled = useRef<number | null>(null);
  useEffect(() => {
    if (menuRequest === null || handled.current === menuRequest) return;
    handled.current = menuRequest;
    finishAction('data:backup');
    void backUp();
  }, [menuRequest, backUp]);

  return (
    <button
      type="button"
      className="button primary"
      aria-disabled={busy}
      onClick={() => {
        if (!busy) void backUp();
      }}
    >
      {busy ? 'Backing up…' : 'Back up all data'}
    </button>
  );
}

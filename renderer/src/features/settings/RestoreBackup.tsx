import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { finishAction, usePendingAction } from '../../stores/menu-actions';
import { repos } from '../../db/app-db';
import { MAX_BACKUP_BYTES, type ImportPreview, type ImportSummary } from '../../db/backup/format';
import { toast } from '../../stores/toast.store';
import { readBackupFile } from './data-files';
import { describeCounts } from './ImportSummaryTable';
import { RestorePreview, RestoreResult } from './RestorePreview';

type Accepted = Extract<ImportPreview, { ok: true }>;

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly fileName: string }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'preview'; readonly fileName: string; readonly preview: Accepted }
  | { readonly kind: 'importing'; readonly fileName: string; readonly preview: Accepted }
  | { readonly kind: 'done'; readonly fileName: string; readonly summary: ImportSummary };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Restore: choose a file → see what it would change → Import or Cancel. Nothing is written before
 * Import; a rejected file leaves the data exactly as it was and says what is wrong with it.
 */
export function RestoreBackup() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  // File → "Restore from backup…": the file control takes focus (a page may not open the file
  // dialog by itself). Deferred: the frame moves focus to the heading after a navigation.
  const menuRequest = usePendingAction('data:restore');
  useEffect(() => {
    if (menuRequest === null) return;
    const timer = setTimeout(() => {
      finishAction('data:restore');
      input.current?.focus();
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [menuRequest]);

  const check = async (file: File) => {
    setStep({ kind: 'checking', fileName: file.name });
    const read = await readBackupFile(file, MAX_BACKUP_BYTES);
    if (!read.ok) {
      setStep({ kind: 'rejected', message: read.message });
      return;
    }
    const preview = await repos.backup.preview(read.text, read.byteLength);
    setStep(
      preview.ok
        ? { kind: 'preview', fileName: file.name, preview }
        : {
            kind: 'rejected',
            message: `"${file.name}" cannot be imported. ${preview.problem.message}`,
          },
    );
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (a second import) is a change too.
    event.currentTarget.value = '';
    if (file === undefined) return;
    check(file).catch((error: unknown) => {
      setStep({ kind: 'rejected', message: `The file could not be checked: ${describe(error)}` });
    });
  };

  const importPlan = async (current: Extract<Step, { kind: 'preview' }>) => {
    setStep({ ...current, kind: 'importing' });
    const result = await repos.backup.commit(current.preview.plan);
    if (!result.ok) {
      setStep({ kind: 'rejected', message: `Nothing was imported. ${result.problem.message}` });
      return;
    }
    setStep({ kind: 'done', fileName: current.fileName, summary: result.summary });
    toast.success(`Backup imported: ${describeCounts(result.summary.total, 'result')}.`);
  };

  const cancel = () => {
    setStep({ kind: 'idle' });
    input.current?.focus();
  };

  return (
    <div className="restore">
      <div className="field">
        <label htmlFor="restore-file">Backup file to restore</label>
        <span className="hint" id="restore-file-hint">
          A .json file made with “Back up all data”. You will see what it changes before anything is
          imported.
        </span>
        <input
          ref={input}
          id="restore-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="restore-file-hint"
          disabled={step.kind === 'importing'}
          onChange={onChoose}
        />
      </div>
      {/* Always present, so the message is announced when it appears. */}
      <div role="alert" className="restore-alert">
        {step.kind === 'rejected' && <p className="message error">{step.message}</p>}
      </div>
      {step.kind === 'checking' && (
        <p role="status" className="muted">
          Checking “{step.fileName}”…
        </p>
      )}
      {(step.kind === 'preview' || step.kind === 'importing') && (
        <RestorePreview
          fileName={step.fileName}
          preview={step.preview}
          importing={step.kind === 'importing'}
          onImport={() => {
            if (step.kind !== 'preview') return;
            importPlan(step).catch((error: unknown) => {
              setStep({ kind: 'rejected', message: `Nothing was imported: ${describe(error)}` });
            });
          }}
          onCancel={cancel}
        />
      )}
      {step.kind === 'done' && <RestoreResult fileName={step.fileName} summary={step.summary} />}
    </div>
  );
}

// Merge several backups at once: the backups of many teams, chosen as files or as a folder (a
// shared folder where each team keeps its latest backup). Preview per file, then Import writes all
// the accepted files in one transaction, or nothing. "Refresh from folder" repeats it for the last
// folder in one action where the shell can read it again (desktop); a browser must be shown the
// folder again, and the screen says so.
import { useEffect, useState, type ChangeEvent } from 'react';
import type { BackupSource } from '@shared/backup-files';
import { platform } from '../../platform/platform';
import { repos } from '../../db/app-db';
import type { ChosenFile, ManyPreview } from '../../db/backup/import-many';
import type { ImportSummary } from '../../db/backup/format';
import { countOf } from '../../domain/text/plural';
import { toast } from '../../stores/toast.store';
import { describeCounts, ImportSummaryTable } from './ImportSummaryTable';
import { ManyFilesPreview } from './ManyFilesPreview';
import { readChosen, selectBackups, type FolderFile } from './many-files';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly count: number }
  | { readonly kind: 'rejected'; readonly message: string }
  | { readonly kind: 'preview'; readonly preview: ManyPreview; readonly skipped: number }
  | { readonly kind: 'importing'; readonly preview: ManyPreview; readonly skipped: number }
  | { readonly kind: 'done'; readonly summary: ImportSummary; readonly files: number };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Chromium and the desktop shell let a file input choose a folder; not every browser does. */
const canChooseFolder = () => 'webkitdirectory' in HTMLInputElement.prototype;

function folderFiles(list: FileList | null): FolderFile[] {
  return [...(list ?? [])].map((file) => ({
    name: file.name,
    size: file.size,
    relativePath: file.webkitRelativePath,
    text: () => file.text(),
  }));
}

/** The folder chosen last in the desktop shell this session (main keeps its path). */
const chosenFolder: { name: string | null } = { name: null };
function rememberFolder(name: string): void {
  chosenFolder.name = name;
}

export function RestoreManyBackups() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [desktop, setDesktop] = useState(false);
  const [folderName, setFolderName] = useState(chosenFolder.name);
  useEffect(() => {
    let live = true;
    void platform()
      .getAppInfo()
      .then((info) => {
        if (live && info.ok) setDesktop(info.value.shell === 'electron');
      });
    return () => {
      live = false;
    };
  }, []);

  const previewChosen = async (chosen: readonly ChosenFile[], skipped: number) => {
    if (chosen.length === 0) {
      setStep({ kind: 'rejected', message: 'No backup (.json) file was chosen.' });
      return;
    }
    setStep({ kind: 'checking', count: chosen.length });
    const preview = await repos.backup.previewMany(chosen);
    setStep({ kind: 'preview', preview, skipped });
  };

  const check = async (files: readonly FolderFile[]) => {
    const { candidates, skipped } = selectBackups(files);
    setStep({ kind: 'checking', count: candidates.length });
    await previewChosen(await Promise.all(candidates.map(readChosen)), skipped);
  };

  /** Desktop: the OS dialog (or the last folder again), read by the main process. */
  const openFromShell = async (from: BackupSource) => {
    const opened = await platform().openBackupFiles({ from });
    if (!opened.ok) {
      setStep({ kind: 'rejected', message: opened.message });
      return;
    }
    if (opened.value.cancelled) return;
    if (opened.value.folderName !== null) {
      rememberFolder(opened.value.folderName);
      setFolderName(opened.value.folderName);
    }
    await previewChosen(opened.value.files, opened.value.skipped);
  };
  const fromShell = (from: BackupSource) => () => {
    openFromShell(from).catch((error: unknown) => {
      setStep({ kind: 'rejected', message: `The files could not be read: ${describe(error)}` });
    });
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = folderFiles(event.currentTarget.files);
    // Cleared so that choosing the same files again (a refresh) is a change too.
    event.currentTarget.value = '';
    if (files.length === 0) return;
    check(files).catch((error: unknown) => {
      setStep({ kind: 'rejected', message: `The files could not be checked: ${describe(error)}` });
    });
  };

  const importAll = async (current: Extract<Step, { kind: 'preview' }>) => {
    setStep({ ...current, kind: 'importing' });
    const result = await repos.backup.commitMany(current.preview.plans);
    if (!result.ok) {
      setStep({ kind: 'rejected', message: `Nothing was imported. ${result.problem.message}` });
      return;
    }
    setStep({ kind: 'done', summary: result.total, files: result.files.length });
    toast.success(
      `${countOf(result.files.length, 'backup', 'backups')} merged: ${describeCounts(result.total.total, 'result')}.`,
    );
  };

  const busy = step.kind === 'checking' || step.kind === 'importing';
  return (
    <div className="restore restore-many">
      {desktop ? (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={fromShell('files')}>
            Choose backup files…
          </button>
          <button type="button" className="button" disabled={busy} onClick={fromShell('folder')}>
            Choose a folder…
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || folderName === null}
            onClick={fromShell('last-folder')}
          >
            {folderName === null ? 'Refresh from folder' : `Refresh from “${folderName}”`}
          </button>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor="restore-many-files">Backup files to merge</label>
            <span className="hint" id="restore-many-files-hint">
              Choose several .json backups at once (for example one per team). You will see what
              each adds or updates before anything is imported.
            </span>
            <input
              id="restore-many-files"
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby="restore-many-files-hint"
              disabled={busy}
              onChange={onChoose}
            />
          </div>
          {canChooseFolder() && (
            <div className="field">
              <label htmlFor="restore-many-folder">Or a folder of backups</label>
              <span className="hint" id="restore-many-folder-hint">
                Every .json file in the folder and its subfolders is read. To refresh from the same
                folder later, choose it again: a browser does not let a page read a folder by
                itself.
              </span>
              <input
                id="restore-many-folder"
                type="file"
                // A non-standard attribute React passes through; Chromium offers a folder dialog.
                {...{ webkitdirectory: '', directory: '' }}
                aria-describedby="restore-many-folder-hint"
                disabled={busy}
                onChange={onChoose}
              />
            </div>
          )}
        </>
      )}
      {/* Announced as it appears; not a second role="alert" beside the single-file restore's. */}
      <div aria-live="assertive" className="restore-alert">
        {step.kind === 'rejected' && <p className="message error">{step.message}</p>}
      </div>
      {step.kind === 'checking' && (
        <p role="status" className="muted">
          Checking {countOf(step.count, 'file', 'files')}…
        </p>
      )}
      {(step.kind === 'preview' || step.kind === 'importing') && (
        <ManyFilesPreview
          preview={step.preview}
          skipped={step.skipped}
          importing={step.kind === 'importing'}
          onImport={() => {
            if (step.kind !== 'preview') return;
            importAll(step).catch((error: unknown) => {
              setStep({ kind: 'rejected', message: `Nothing was imported: ${describe(error)}` });
            });
          }}
          onCancel={() => {
            setStep({ kind: 'idle' });
          }}
        />
      )}
      {step.kind === 'done' && (
        <section className="restore-result" aria-label="Merged backups">
          <ImportSummaryTable
            summary={step.summary}
            caption={`What merging ${countOf(step.files, 'file', 'files')} changed`}
            tense="result"
          />
        </section>
      )}
    </div>
  );
}

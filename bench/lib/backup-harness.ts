// Runs in the web shell's page during the backup benchmark (bundled by bench/metrics/backup.ts and
// added to the page, never shipped): the app's own backup code on the app's own database, timed
// from the moment a user's file is read to the import committed, and from asking for a backup to
// the file ready to save.
import { commitImport, exportBackup, previewImport } from '../../renderer/src/db/backup';
import { openDatabase } from '../../renderer/src/db/database';

export interface BackupBenchResult {
  readonly ms: number;
  readonly detail: string;
}

async function importFile(file: Blob): Promise<BackupBenchResult> {
  const db = openDatabase();
  const started = performance.now();
  const text = await file.text();
  const preview = await previewImport(db, text, file.size);
  if (!preview.ok) throw new Error(preview.problem.message);
  const committed = await commitImport(db, preview.plan);
  if (!committed.ok) throw new Error(committed.problem.message);
  const ms = performance.now() - started;
  db.close();
  return { ms, detail: JSON.stringify(committed.summary.total) };
}

async function exportFile(): Promise<BackupBenchResult> {
  const db = openDatabase();
  const started = performance.now();
  const text = await exportBackup(db, { appVersion: 'bench', now: Date.now() });
  const file = new Blob([text], { type: 'application/json' });
  const ms = performance.now() - started;
  db.close();
  return { ms, detail: `${String(file.size)} bytes` };
}

(window as unknown as { backupBench: unknown }).backupBench = { importFile, exportFile };

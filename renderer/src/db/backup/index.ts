// Backup and restore: one JSON file holding every store, validated record by record before
// anything is written, merged by id so importing the same file twice changes nothing.
export {
  BACKUP_FORMAT,
  BACKUP_STORES,
  MAX_BACKUP_BYTES,
  type BackupMeta,
  type CommitResult,
  type ImportPlan,
  type ImportPreview,
  type ImportSummary,
  type StoreCounts,
} from './format';
export { exportBackup } from './export';
export { commitImport, previewImport } from './import';
export { createBackupRepository, type BackupRepository } from './repository';

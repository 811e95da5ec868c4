// The backup file's envelope and the shapes the import speaks in. A backup is one JSON object:
// `{ format, schemaVersion, appVersion, exportedAt, stores: { <store>: [records…] } }`, holding every
// store of the schema it was written with. The format name and schema version tell a reader what
// it holds; the app version is only shown to the user ("written by MTTR Studio 1.2.0").
import { STORE_NAMES, type RecordOf, type StoreName } from '../../domain/records/registry';
import type { Refused } from '../../domain/outcome';

export const BACKUP_FORMAT = 'mttr-studio-backup';

/**
 * Files larger than this are refused before they are read into memory. Parsing JSON takes several
 * times the file's size in memory (the text as UTF-16, then every object), so the bound keeps a
 * wrong file (a video, a disk image) from freezing the window. A backup of 10,000 drills with their
 * events and eighteen months of assessments for fifty teams is about 40 MB; the benchmark's whole
 * organisation (200 teams, 10,000 drills, 20,000 incidents) is 74 MiB, and importing it peaks at
 * about 690 MiB in the page (`backup-import-organisation-peak-memory`): in proportion, a file at
 * this bound would peak near 740 MiB, under a gigabyte.
 */
export const MAX_BACKUP_BYTES: number = 80 * 1024 * 1024;

/** Every registered store, in the order records are written and shown: owners before what they own. */
export const BACKUP_STORES: readonly StoreName[] = STORE_NAMES;

export interface BackupMeta {
  readonly format: string;
  readonly schemaVersion: number;
  readonly appVersion: string;
  /** ISO 8601 instant. */
  readonly exportedAt: string;
}

export interface StoreCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportSummary {
  readonly stores: Readonly<Record<string, StoreCounts>>;
  readonly total: StoreCounts;
}

/** The records of a file, restored to the current shape and checked, per store. */
export type BackupRecords = { readonly [S in StoreName]: readonly RecordOf<S>[] };

/**
 * What an accepted file would do. It carries the file's records, not the decisions: commit decides
 * again inside its own transaction, against the data as it is then.
 */
export interface ImportPlan {
  readonly source: BackupMeta;
  readonly records: BackupRecords;
}

export type ImportPreview =
  | {
      readonly ok: true;
      readonly summary: ImportSummary;
      readonly plan: ImportPlan;
      readonly source: BackupMeta;
    }
  | Refused;

export type CommitResult = { readonly ok: true; readonly summary: ImportSummary } | Refused;

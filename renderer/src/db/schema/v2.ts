// Schema version 2: teams say whether the demo data loaded them (`demo`), so sample data can be
// removed without touching the user's own. No index changes; the upgrade gives every stored record
// the fields added since v1 with the same restore() a backup import applies (a team stored by v1
// was the user's own: `demo: false`). Append-only: never edit this file once released.
import { restoreStoredRecords } from '../upgrade/restore-records';
import { SCHEMA_V1 } from './v1';

export const SCHEMA_V2 = {
  version: 2,
  stores: SCHEMA_V1.stores,
  upgrade: restoreStoredRecords,
} as const;

// Schema version 5: the read models (../read-models/read-models.ts), small facts derived from
// drills and their runs, incidents and final assessments' answers, which Trends and the portfolio
// read instead of every record. The upgrade builds them from what is stored; from then on the
// database keeps them with every write. No stored record changes. Append-only: never edit this
// file once released.
import type { Transaction } from 'dexie';
import { READ_MODEL_STORES } from '../read-models/read-models';
import { rebuildReadModels } from '../read-models/rebuild';
import { SCHEMA_V4 } from './v4';

export const SCHEMA_V5 = {
  version: 5,
  stores: { ...SCHEMA_V4.stores, ...READ_MODEL_STORES },
  upgrade: (tx: Transaction) => rebuildReadModels(tx),
} as const;

// Schema version 4: a drill's events are one record per drill (`drillRuns`, keyed by drill id,
// indexed by team), in place of one record per event (`drillEvents`, deleted). IndexedDB's cost
// is mostly per record, so a large history imports, exports and reads several times faster. The
// upgrade moves every stored event into its drill's run with the same function that converts an
// older backup file, then brings every record up to date with the kinds' restore(), as the other
// upgrades do. Append-only: never edit this file once released.
import type { Transaction } from 'dexie';
import type { StoredShape } from '../../domain/records/common';
import { drillEventKind, type DrillEventRecord } from '../../domain/records/drill-events';
import { runsFromEvents } from '../../domain/records/drill-runs';
import { restoreStoredRecords } from '../upgrade/restore-records';
import { SCHEMA_V3 } from './v3';

async function moveEventsIntoRuns(tx: Transaction): Promise<void> {
  const events = await tx.table<StoredShape>('drillEvents').toArray();
  // Restored as a backup's events are; the stored ones were checked when they were written.
  const restored = events.map(
    (event) => drillEventKind.restore(event) as unknown as DrillEventRecord,
  );
  await tx.table('drillRuns').bulkAdd(runsFromEvents(restored));
  await restoreStoredRecords(tx);
}

export const SCHEMA_V4 = {
  version: 4,
  stores: { ...SCHEMA_V3.stores, drillEvents: null, drillRuns: 'drillId, teamId' },
  upgrade: moveEventsIntoRuns,
} as const;

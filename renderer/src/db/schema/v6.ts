// Schema version 6: no stored record changes.
// - The read model's final-assessment facts also keep what dates their agreed answers' evidence,
//   so the portfolio counts stale evidence without reading a single answer; the upgrade rebuilds
//   the read model in that shape.
// - The 22 indexes no query reads are dropped (every `updatedAt`, names, statuses, plan dates,
//   scenarios). IndexedDB writes every index entry with its record, so each one was paid on every
//   write: an organisation's backup of ~95,000 records imported in 13.6 s with them, 11.5 s
//   without.
// Append-only: never edit this file once released.
import type { Transaction } from 'dexie';
import { rebuildReadModels } from '../read-models/rebuild';
import { SCHEMA_V5 } from './v5';

export const SCHEMA_V6 = {
  version: 6,
  stores: {
    ...SCHEMA_V5.stores,
    teams: 'id',
    services: 'id, teamId',
    people: 'id, teamId',
    assessments: 'id, teamId',
    answers: 'id, assessmentId, [assessmentId+raterId], teamId',
    targets: 'id, teamId, [teamId+categoryId]',
    scenarios: 'id',
    drills: 'id, teamId',
    actionItems: 'id, teamId',
    incidents: 'id, teamId, &[teamId+sourceKey+sourceId]',
    teamGroups: 'id',
    importMappings: 'id, name',
  },
  upgrade: (tx: Transaction) => rebuildReadModels(tx),
} as const;

// Schema version 3: incidents imported from a team's incident tool (unique per team, tool and the
// tool's own id), maturity models imported as files, groups of teams, saved spreadsheet mappings;
// teams name the maturity model they use (`modelId`, the built-in one for every team stored
// before). The upgrade gives every stored record the fields added since with the same restore() a
// backup import applies. Append-only: never edit this file once released.
import { restoreStoredRecords } from '../upgrade/restore-records';
import { SCHEMA_V2 } from './v2';

export const SCHEMA_V3 = {
  version: 3,
  stores: {
    ...SCHEMA_V2.stores,
    incidents: 'id, teamId, &[teamId+sourceKey+sourceId], updatedAt',
    models: 'id',
    teamGroups: 'id, name, updatedAt',
    importMappings: 'id, name, updatedAt',
  },
  upgrade: restoreStoredRecords,
} as const;

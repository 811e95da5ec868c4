// A saved way of reading a spreadsheet of incidents no preset knows (which column is which
// milestone, what its severity values mean, its date format and zone), reused on its next export.
import * as z from 'zod/mini';
import { requiredName, stampedFields, type Stamped } from './common';
import { defineRecordKind } from './define';
import { csvMappingSchema, type CsvMapping } from '../incidents/csv-mapping';

export interface ImportMappingRecord extends Stamped {
  readonly name: string;
  readonly mapping: CsvMapping;
}

export const importMappingKind = defineRecordKind<ImportMappingRecord>()({
  store: 'importMappings',
  label: { one: 'Saved spreadsheet mapping', all: 'Saved spreadsheet mappings' },
  key: 'id',
  indexes: 'id, name',
  owners: {},
  schema: () =>
    z.strictObject({ ...stampedFields(), name: requiredName(), mapping: csvMappingSchema }),
  // New in schema version 3.
  restore: (stored) => stored,
});

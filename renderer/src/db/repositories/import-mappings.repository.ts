// Saved ways of reading a spreadsheet of incidents, reused on the next export of the same sheet.
import type { CsvMapping } from '../../domain/incidents/csv-mapping';
import { fail, refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { ImportMappingRecord } from '../../domain/records/import-mappings';
import type { RepositoryContext } from './context';

export interface ImportMappingsRepository {
  list(): Promise<ImportMappingRecord[]>;
  get(id: Id): Promise<ImportMappingRecord | undefined>;
  /** Saves a mapping under a name; saving under a name already used replaces that mapping. */
  save(name: string, mapping: CsvMapping): Promise<Outcome<ImportMappingRecord, 'name'>>;
  remove(id: Id): Promise<void>;
}

const byName = (a: ImportMappingRecord, b: ImportMappingRecord) => a.name.localeCompare(b.name);

export function createImportMappingsRepository({
  db,
  now,
  newId,
}: RepositoryContext): ImportMappingsRepository {
  return {
    list: async () => (await db.importMappings.toArray()).sort(byName),
    get: (id) => db.importMappings.get(id),
    save: async (name, mapping) => {
      // The mapping's rules (time zones among them) load with the first import, not the app.
      const { parseCsvMapping } = await import('../../domain/incidents/csv-mapping');
      return db.transaction(
        'rw',
        db.importMappings,
        async (): Promise<Outcome<ImportMappingRecord, 'name'>> => {
          const trimmed = name.trim();
          if (trimmed === '') return fail<'name'>({ name: 'Give the mapping a name.' });
          if (trimmed.length > 120) {
            return fail<'name'>({ name: 'A mapping’s name is at most 120 characters.' });
          }
          const checked = parseCsvMapping(mapping);
          if (!checked.ok) return refuse<'name'>(checked.problem.message);
          const existing = await db.importMappings.where('name').equals(trimmed).first();
          const at = now();
          const record: ImportMappingRecord = {
            id: existing?.id ?? newId(),
            name: trimmed,
            mapping: checked.value,
            createdAt: existing?.createdAt ?? at,
            updatedAt: at,
          };
          await db.importMappings.put(record);
          return { ok: true, value: record };
        },
      );
    },
    remove: async (id) => {
      await db.importMappings.delete(id);
    },
  };
}

// The scenario library: built-ins from code plus the user's own scenarios from the database.
// Built-ins are never changed in place: editing one means cloning it first.
import type { Scenario, ScenarioField, ScenarioInput } from '../../domain/drills/scenario-rules';
import { refuse, type Outcome } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import { readScenario, type ScenarioRecord } from '../../domain/records/scenarios';
import type { RepositoryContext } from './context';

export interface ScenariosRepository {
  /** Built-ins first (in library order), then the user's by name. */
  list(): Promise<Scenario[]>;
  get(id: string): Promise<Scenario | undefined>;
  create(input: ScenarioInput): Promise<Outcome<Scenario, ScenarioField>>;
  /** Refuses a built-in: clone it and edit the copy. */
  update(id: Id, input: ScenarioInput): Promise<Outcome<Scenario, ScenarioField>>;
  /** A user copy of any scenario, named "… (copy)". */
  clone(id: string): Promise<Scenario | undefined>;
}

// The scenario rules and the built-in scenarios load with the first scenario asked for, not with the app; before any
// transaction opens (IndexedDB ends one left waiting on anything but its own requests).
const scenarioRules = async () => ({
  ...(await import('../../domain/drills/scenario-rules')),
  ...(await import('../../domain/drills/builtin-scenarios')),
});

export function createScenariosRepository(context: RepositoryContext): ScenariosRepository {
  const { db, now, newId } = context;
  // Each read is asked for before the rules are awaited: a live query sees only the reads made
  // before its first wait on anything but the database.
  const get = async (id: string): Promise<Scenario | undefined> => {
    const [{ fromRecord, findBuiltIn }, record] = await Promise.all([
      scenarioRules(),
      db.scenarios.get(id),
    ]);
    const builtIn = findBuiltIn(id);
    if (builtIn !== undefined) return { ...builtIn, builtIn: true, derivedFrom: null };
    return record === undefined ? undefined : fromRecord(readScenario(record));
  };
  return {
    list: async () => {
      const [{ builtInScenarios, fromRecord }, records] = await Promise.all([
        scenarioRules(),
        db.scenarios.toArray(),
      ]);
      const own = records
        .map(readScenario)
        .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
      return [...builtInScenarios(), ...own.map(fromRecord)];
    },
    get,
    create: async (input) => {
      const { fromRecord, validateScenarioInput } = await scenarioRules();
      const checked = validateScenarioInput(input);
      if (!checked.ok) return checked;
      const at = now();
      const record: ScenarioRecord = {
        id: newId(),
        derivedFrom: null,
        ...checked.value,
        createdAt: at,
        updatedAt: at,
      };
      await db.scenarios.add(record);
      return { ok: true, value: fromRecord(record) };
    },
    update: async (id, input) => {
      const { fromRecord, isBuiltInId, validateScenarioInput, whyNotEditable } =
        await scenarioRules();
      return db.transaction(
        'rw',
        db.scenarios,
        async (): Promise<Outcome<Scenario, ScenarioField>> => {
          const stored = isBuiltInId(id) ? undefined : await db.scenarios.get(id);
          const existing = stored === undefined ? undefined : readScenario(stored);
          const fixed = whyNotEditable(isBuiltInId(id), existing);
          if (fixed !== null || existing === undefined) return refuse(fixed ?? '');
          const checked = validateScenarioInput(input);
          if (!checked.ok) return checked;
          const record: ScenarioRecord = { ...existing, ...checked.value, updatedAt: now() };
          await db.scenarios.put(record);
          return { ok: true, value: fromRecord(record) };
        },
      );
    },
    clone: async (id) => {
      const { fromRecord, templateOf } = await scenarioRules();
      const source = await get(id);
      if (source === undefined) return undefined;
      const at = now();
      const record: ScenarioRecord = {
        ...templateOf(source),
        id: newId(),
        name: `${source.name} (copy)`,
        derivedFrom: id,
        createdAt: at,
        updatedAt: at,
      };
      await db.scenarios.add(record);
      return fromRecord(record);
    },
  };
}

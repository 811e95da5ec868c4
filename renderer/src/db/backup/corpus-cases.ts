// Bad backup files, each made from a valid backup by spoiling it in one way (test data, not used
// by the app). These are wrong in the file itself: its envelope, or a record's own fields.
import { edited, recordOf, type BackupJson } from './test-fixtures';

export interface BadFile {
  readonly name: string;
  readonly make: (valid: string) => string;
  /** A fragment of the message, and where the problem is, when the file says. */
  readonly expected: string | RegExp;
  readonly store?: string;
  readonly field?: string;
  /** Passed as the file's size instead of the text's. */
  readonly byteLength?: number;
}

export const NEW_ID = 'ffffffff-0000-4000-8000-000000000001';

export const set =
  (store: string, index: number, patch: (record: Record<string, unknown>) => void) =>
  (text: string) =>
    edited(text, (json) => {
      patch(recordOf(json, store, index));
    });

/** A run's events, as the file lists them. */
export const eventsOf = (run: Record<string, unknown>) => run.events as Record<string, unknown>[];

/** The nth drill event of the file, counting through its runs in order. */
export function nthEvent(json: BackupJson, n: number): Record<string, unknown> {
  const event = (json.stores.drillRuns ?? []).flatMap(eventsOf)[n];
  if (event === undefined) throw new Error(`setup: no event ${String(n)}`);
  return event;
}

/** Changes the nth drill event of the file (counting through its runs). */
export const setEvent =
  (n: number, patch: (event: Record<string, unknown>) => void) => (text: string) =>
    edited(text, (json) => {
      patch(nthEvent(json, n));
    });

/** Adds a copy of the first completed drill under new ids, with its events changed by `spoil`. */
export function freshDrill(spoil: (events: Record<string, unknown>[]) => void) {
  return (text: string) =>
    edited(text, (json: BackupJson) => {
      const drill = json.stores.drills?.find((d) => d.status === 'completed') ?? {};
      const copy = { ...drill, id: NEW_ID };
      const run = json.stores.drillRuns?.find((r) => r.drillId === drill.id) ?? {};
      const events = eventsOf(run).map((event, index) => ({
        ...event,
        id: `${NEW_ID.slice(0, -3)}${String(100 + index)}`,
        drillId: NEW_ID,
      }));
      spoil(events);
      json.stores.drills?.push(copy);
      json.stores.drillRuns?.push({ ...run, drillId: NEW_ID, events });
    });
}

export const eventAt = (events: Record<string, unknown>[], index: number) => {
  const event = events[index];
  if (event === undefined) throw new Error('setup: no such event');
  return event;
};

export const FILE_CASES: readonly BadFile[] = [
  { name: 'empty file', make: () => '', expected: 'The file is empty' },
  { name: 'only blank lines', make: () => '\n \n\t\n', expected: 'The file is empty' },
  { name: 'not JSON', make: () => 'Incident review notes, 3 March', expected: 'not valid JSON' },
  {
    name: 'truncated',
    make: (v) => v.slice(0, Math.floor(v.length / 2)),
    expected: 'ends too early',
  },
  { name: 'a JSON list', make: () => '[]', expected: 'holds no backup object' },
  { name: 'a JSON number', make: () => '42', expected: 'holds no backup object' },
  {
    name: 'another format',
    make: (v) =>
      edited(v, (j) => {
        j.format = 'spreadsheet-export';
      }),
    expected: 'its format is "spreadsheet-export"',
    field: 'format',
  },
  {
    name: 'no format name',
    make: (v) =>
      edited(v, (j) => {
        delete (j as Partial<BackupJson>).format;
      }),
    expected: 'it has no format name',
  },
  {
    name: 'newer schema version',
    make: (v) =>
      edited(v, (j) => {
        j.schemaVersion = 99;
      }),
    expected: /newer version of MTTR Studio.*Update the app/u,
    field: 'schemaVersion',
  },
  {
    name: 'schema version as text',
    make: (v) =>
      edited(v, (j) => {
        j.schemaVersion = '1';
      }),
    expected: '"schemaVersion" is not a version number',
  },
  {
    name: 'export date that does not parse',
    make: (v) =>
      edited(v, (j) => {
        j.exportedAt = 'yesterday';
      }),
    expected: '"exportedAt" is not a date',
  },
  {
    name: 'no stores',
    make: (v) =>
      edited(v, (j) => {
        delete (j as Partial<BackupJson>).stores;
      }),
    expected: 'has no "stores"',
  },
  {
    name: 'an unknown store',
    make: (v) =>
      edited(v, (j) => {
        j.stores.invoices = [];
      }),
    expected: 'does not know ("invoices")',
    store: 'invoices',
  },
  {
    name: 'a store that is not a list',
    make: (v) =>
      edited(v, (j) => {
        (j.stores as Record<string, unknown>).drills = {};
      }),
    expected: '"drills" is missing or not a list',
    store: 'drills',
  },
  {
    name: 'a missing store',
    make: (v) =>
      edited(v, (j) => {
        delete j.stores.answers;
      }),
    expected: '"answers" is missing',
    store: 'answers',
  },
];

export const RECORD_CASES: readonly BadFile[] = [
  {
    name: 'a record that is not an object',
    make: (v) =>
      edited(v, (j) => {
        (j.stores.teams as unknown[])[1] = 5;
      }),
    expected: 'Team (record 2 of "teams"): is not a record',
    store: 'teams',
  },
  {
    name: 'a missing field',
    make: set('teams', 0, (r) => {
      delete r.name;
    }),
    expected: /^Team .+ \(record 1 of "teams"\): "name" is missing\.$/u,
    store: 'teams',
    field: 'name',
  },
  {
    name: 'a mistyped number',
    make: set('services', 2, (r) => {
      r.tier = '1';
    }),
    expected: '(record 3 of "services"): "tier"',
    store: 'services',
    field: 'tier',
  },
  {
    name: 'an unknown severity',
    make: set('drills', 4, (r) => {
      r.severity = 'SEV9';
    }),
    expected: '"severity" is "SEV9", which is not one of',
    store: 'drills',
    field: 'severity',
  },
  {
    name: 'an unknown assessment status',
    make: set('assessments', 0, (r) => {
      r.status = 'archived';
    }),
    expected: '"status" is "archived"',
    store: 'assessments',
    field: 'status',
  },
  {
    name: 'an unknown drill event kind',
    make: setEvent(3, (r) => {
      r.kind = 'teleport';
    }),
    expected: /^Drill event .+ \(drill run 1, event 4\): "kind" is "teleport", which is not known/u,
    store: 'drillRuns',
    field: 'kind',
  },
  {
    name: 'an impossible date',
    make: set('drills', 11, (r) => {
      r.plannedFor = '2024-13-45';
    }),
    expected: '(record 12 of "drills"): "plannedFor" is not a date: "2024-13-45".',
    store: 'drills',
    field: 'plannedFor',
  },
  {
    name: 'the 30th of February',
    make: set('assessments', 1, (r) => {
      r.takenOn = '2024-02-30';
    }),
    expected: '"takenOn" is not a date: "2024-02-30"',
    field: 'takenOn',
  },
  {
    name: 'a time after 2200',
    make: set('teams', 1, (r) => {
      r.updatedAt = Date.UTC(2301, 0, 1);
    }),
    expected: '"updatedAt" is not a time between the years 2000 and 2200',
    field: 'updatedAt',
  },
  {
    name: 'a time of zero',
    make: set('people', 0, (r) => {
      r.createdAt = 0;
    }),
    expected: '"createdAt" is not a time between',
    field: 'createdAt',
  },
  {
    name: 'a time as text',
    make: set('actionItems', 0, (r) => {
      r.updatedAt = 'soon';
    }),
    expected: '"updatedAt" should be a number, not "soon"',
    field: 'updatedAt',
  },
  {
    name: 'a negative target duration',
    make: set('drills', 0, (r) => {
      (r.targets as Record<string, unknown>).detect = -5;
    }),
    expected: '"targets.detect" is too small: -5',
    field: 'targets.detect',
  },
  {
    name: 'an absurd target duration',
    make: set('scenarios', 0, (r) => {
      (r.targets as Record<string, unknown>).verify = 1e9;
    }),
    expected: '"targets.verify" is too large',
    field: 'targets.verify',
  },
  {
    name: 'a negative seq',
    make: setEvent(0, (r) => {
      r.seq = -1;
    }),
    expected: '"seq" is too small',
    field: 'seq',
  },
  {
    name: 'a duplicate id',
    make: (v) =>
      edited(v, (j) => {
        recordOf(j, 'teams', 2).id = recordOf(j, 'teams', 0).id;
      }),
    expected: '(record 3 of "teams"): "id" is used by an earlier record too',
    store: 'teams',
    field: 'id',
  },
  {
    name: 'a duplicate setting',
    make: (v) =>
      edited(v, (j) => {
        j.stores.settings?.push({ ...recordOf(j, 'settings', 0) });
      }),
    expected: '"key" is used by an earlier record too',
    store: 'settings',
  },
  {
    name: 'an unknown setting',
    make: set('settings', 0, (r) => {
      r.key = 'fontSize';
    }),
    expected: '"key" is "fontSize", which is not known',
    store: 'settings',
  },
];

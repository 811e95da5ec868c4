import { describe, expect, it } from 'vitest';
import spreadsheet from './fixtures/european-spreadsheet.csv?raw';
import type { CsvMapping } from './csv-mapping';
import { apart, figures, imported, incident, minutesSummary, problemOf } from './test-support';
import { importIncidents } from './presets';

// A spreadsheet kept by hand in a German locale: UTF-8 BOM, `;` separators, decimal commas,
// a title across two lines, an empty row, a row of empty cells and a totals row.
export const GERMAN_MAPPING: CsvMapping = {
  version: 1,
  sourceName: 'Betriebs-Tabelle',
  columns: {
    id: 'Nr',
    title: 'Titel',
    severity: 'Schwere',
    services: 'Dienste',
    status: 'Status',
    runbookUsed: 'Runbook genutzt',
  },
  milestones: {
    impactBegan: { column: 'Beginn' },
    detected: { column: 'Erkannt' },
    acknowledged: { column: 'Minuten bis Quittung', after: 'detected', unit: 'minutes' },
    recovered: { column: 'Behoben' },
  },
  detectionIsCreation: false,
  severityValues: { Kritisch: 'SEV1', Hoch: 'SEV2', Mittel: 'SEV3', Niedrig: 'SEV4' },
  statusValues: { erledigt: 'resolved', offen: 'open', Test: 'rehearsal' },
  dateFormat: 'dd.MM.yyyy HH:mm',
  timeZone: 'Europe/Berlin',
  decimalSeparator: ',',
  listSeparator: ',',
};

describe('any CSV through a mapping', () => {
  const file = imported(spreadsheet, 'csv', { mapping: GERMAN_MAPPING });

  it('reads every column the mapping names', () => {
    const payments = incident(file, '1');
    expect(payments).toMatchObject({
      sourceKey: 'csv:Betriebs-Tabelle',
      title: 'Zahlungen schlagen fehl',
      severity: 'SEV1',
      severityRaw: 'Kritisch',
      services: ['Zahlungen', 'Kasse'],
      runbookUsed: { value: true, field: 'Runbook genutzt' },
      place: { kind: 'row', number: 2 },
    });
    expect(payments.milestones.acknowledged).toMatchObject({
      at: Date.parse('2026-02-03T09:04:30Z'),
      field: 'Minuten bis Quittung (minutes after detected)',
      raw: '4.5',
    });
    expect(payments.milestones.detected).toMatchObject({
      field: 'Erkannt (read in Europe/Berlin)',
    });
    expect(payments.milestones.detected?.standIn).toBeUndefined();
  });

  it('reads a title across two lines as one row, and numbers rows as the spreadsheet does', () => {
    const search = incident(file, '6');
    expect(search.title).toBe('Suche\nliefert alte Daten');
    expect(search.place.number).toBe(8);
  });

  it('passes over empty rows and skips the totals row, saying why', () => {
    expect(file.skipped).toEqual([
      { place: { kind: 'row', number: 10 }, reason: 'a totals row, not an incident' },
    ]);
    expect(file.refused).toEqual([]);
  });

  it('lists open and rehearsal rows apart by their status', () => {
    expect(apart(file, '4')).toMatchObject({ kind: 'open', reason: 'open (status "offen")' });
    expect(apart(file, '5')).toMatchObject({
      kind: 'rehearsal',
      reason: 'a rehearsal (status "Test")',
    });
  });

  it('gives the hand-computed n, median and p90 across both clock changes', () => {
    // Time to recover (min): 40; 01:50 → 03:20 on 29 March = 30; 01:40 → 03:10 on 25 October = 150; 20.
    //   sorted 20 30 40 150; median: h = 1.5 → 30 + 0.5 × 10 = 35; p90: h = 2.7 → 40 + 0.7 × 110 = 117.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 4, median: 35, p90: 117 });
    // Time to acknowledge (min), written with decimal commas: 4,5; 10; 12,5 → median 10;
    //   p90: h = 1.8 → 10 + 0.8 × 2.5 = 12.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 3,
      median: 10,
      p90: 12,
    });
  });

  it('refuses a mapping that names a column the file lacks, listing the file’s columns', () => {
    const mapping = { ...GERMAN_MAPPING, columns: { ...GERMAN_MAPPING.columns, team: 'Team' } };
    const outcome = importIncidents(spreadsheet, spreadsheet.length, 'csv', {
      timeZone: 'UTC',
      mapping,
    });
    expect(problemOf(outcome)).toMatch(
      /^The mapping names "Team", which this file does not have\. Its columns are: "Nr", "Titel"/,
    );
  });

  it('refuses a saved mapping that is damaged, before reading', () => {
    const mapping = { ...GERMAN_MAPPING, timeZone: 'Mars/Olympus_Mons' };
    const outcome = importIncidents(spreadsheet, spreadsheet.length, 'csv', {
      timeZone: 'UTC',
      mapping,
    });
    expect(problemOf(outcome)).toBe(
      'The column mapping is not usable: timeZone is not a known time zone',
    );
  });
});

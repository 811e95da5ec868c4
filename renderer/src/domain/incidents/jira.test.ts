import { describe, expect, it } from 'vitest';
import issuesCsv from './fixtures/jira-incidents.csv?raw';
import { apart, figures, imported, incident, minutesSummary } from './test-support';

// A Jira Service Management search exported by a user in America/New_York ("all fields"):
// Jira's dates ("02/Feb/26 9:15 AM"), repeated columns, a description with line breaks.
describe('Jira Service Management CSV', () => {
  const file = imported(issuesCsv, 'jira', { timeZone: 'America/New_York' });

  it('reads Jira’s date format in the chosen zone', () => {
    const checkout = incident(file, 'OPS-101');
    expect(checkout.milestones.detected).toMatchObject({
      at: Date.parse('2026-02-02T14:15:00Z'),
      field: 'Created (read in America/New_York)',
      raw: '02/Feb/26 9:15 AM',
      standIn: 'creation',
    });
    expect(checkout.milestones.recovered?.field).toBe('Resolved (read in America/New_York)');
  });

  it('reads repeated Component/s columns as services and Jira priorities as severities', () => {
    expect(incident(file, 'OPS-101')).toMatchObject({
      title: 'Checkout down for EU customers',
      severity: 'SEV1',
      severityRaw: 'Highest',
      services: ['checkout', 'payments'],
      place: { kind: 'row', number: 2 },
    });
    // The description of row 2 spans three lines of the file; the next issue is still row 3.
    expect(incident(file, 'OPS-102').place.number).toBe(3);
  });

  it('never reads the SLA time left as a duration, and says so', () => {
    expect(file.notes).toContain(
      '“Custom field (Time to resolution)” is the SLA time left, not how long recovery took: it is not read.',
    );
  });

  it('lists open issues, duplicates and service requests apart', () => {
    expect(apart(file, 'OPS-104')).toMatchObject({
      kind: 'open',
      reason: 'still open (Status "In Progress", no Resolved date)',
    });
    expect(apart(file, 'OPS-105')).toMatchObject({
      kind: 'duplicate',
      reason: 'a duplicate (Resolution "Duplicate")',
    });
    expect(apart(file, 'OPS-106')).toMatchObject({
      kind: 'not-incident',
      reason: 'not an incident (Issue Type "[System] Service request")',
    });
  });

  it('gives the hand-computed n, median and p90 across both clock changes', () => {
    // Time to recover (min): OPS-101 50; OPS-102 1:40 AM EST → 3:10 AM EDT on 8 March = 30;
    // OPS-103 12:50 AM EDT → 2:20 AM EST on 1 November = 150; OPS-107 45; OPS-108 40.
    //   sorted 30 40 45 50 150; median 45; p90: h = 3.6 → 50 + 0.6 × 100 = 110.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 5, median: 45, p90: 110 });
    expect(minutesSummary(file, 'timeToAcknowledge').n).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import alertGroupsExport from './fixtures/grafana-oncall.json?raw';
import { unknownSeverities } from './import-result';
import { apart, figures, imported, incident, minutesSummary, refused } from './test-support';

// Two saved pages of GET /api/v1/alert_groups/. Severity comes from a "severity" label whose
// values ("critical", "warning") are the integration's, so they need the mapping step.
describe('Grafana IRM / OnCall alert groups', () => {
  const severityMap = { critical: 'SEV1', warning: 'SEV3' } as const;
  const file = imported(alertGroupsExport, 'grafana-oncall', { severityMap });

  it('refuses label severities nobody mapped, naming the value for the mapping step', () => {
    const unmapped = imported(alertGroupsExport, 'grafana-oncall');
    expect(unmapped.incidents).toEqual([]);
    expect(refused(unmapped, 'IK9P1B7QW3M2A')).toMatchObject({
      place: { kind: 'record', number: 1 },
      unknownSeverity: 'critical',
    });
    expect(unknownSeverities(unmapped)).toEqual([
      { value: 'critical', records: 3 },
      { value: 'warning', records: 3 },
    ]);
  });

  it('reads both pages, with services and severity from labels', () => {
    expect(file.incidents.map((item) => item.sourceId)).toEqual([
      'IK9P1B7QW3M2A',
      'IK9P1B7QW3M2B',
      'IK9P1B7QW3M2E',
      'IK9P1B7QW3M2F',
    ]);
    expect(incident(file, 'IK9P1B7QW3M2A')).toMatchObject({
      severity: 'SEV1',
      severityField: 'labels[0].value.name (severity)',
      services: ['orders-pipeline'],
    });
    expect(incident(file, 'IK9P1B7QW3M2A').milestones.detected).toMatchObject({
      standIn: 'creation',
    });
  });

  it('leaves a group resolved without acknowledgement unacknowledged, and lists open groups apart', () => {
    expect(incident(file, 'IK9P1B7QW3M2B').milestones.acknowledged).toBeUndefined();
    expect(apart(file, 'IK9P1B7QW3M2C')).toMatchObject({
      kind: 'open',
      reason: 'still open (state "silenced")',
    });
    expect(apart(file, 'IK9P1B7QW3M2D')).toMatchObject({
      kind: 'open',
      reason: 'still open (state "new")',
    });
  });

  it('gives the hand-computed n, median and p90', () => {
    // Time to recover (min): 35, 25, 70, 55 → sorted 25 35 55 70.
    //   median: h = 1.5 → 35 + 0.5 × 20 = 45; p90: h = 2.7 → 55 + 0.7 × 15 = 65.5.
    expect(figures(minutesSummary(file, 'timeToRecover'))).toEqual({ n: 4, median: 45, p90: 65.5 });
    // Time to acknowledge (min): 7, —, 1, 15 → sorted 1 7 15; median 7; p90: h = 1.8 → 7 + 0.8 × 8 = 13.4.
    expect(figures(minutesSummary(file, 'timeToAcknowledge'))).toEqual({
      n: 3,
      median: 7,
      p90: 13.4,
    });
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_DRILL_KIT, type DrillRecord } from '../records/drills';
import type { ActionItemRecord } from '../records/action-items';
import { DEFAULT_TARGETS } from '../drills/phases';
import { eventsOf, FULL_RUN, M, PAUSE, RESUME, START } from '../drills/run-fixtures';
import { buildDrillsCsv, DRILLS_CSV_HEADER, type DrillsCsvInput } from './drills-csv';

const drill = (overrides: Partial<DrillRecord> = {}): DrillRecord => ({
  id: 'drill-1',
  teamId: 'team-1',
  scenarioId: 'builtin:database-failover',
  status: 'completed',
  severity: 'SEV2',
  plannedFor: '2025-03-03',
  serviceIds: ['service-1', 'service-2'],
  title: 'Failover',
  scenarioName: 'Database failover',
  hypothesis: 'We fail over within 2 minutes.',
  roles: {
    facilitator: 'Ana',
    incidentCommander: 'Ben',
    scribe: '',
    responders: ['Dev'],
    observers: [],
  },
  targets: DEFAULT_TARGETS,
  kit: EMPTY_DRILL_KIT,
  review: null,
  createdAt: START,
  updatedAt: START,
  ...overrides,
});

const item = (status: ActionItemRecord['status'], drillId = 'drill-1'): ActionItemRecord => ({
  id: `item-${status}-${drillId}`,
  teamId: 'team-1',
  title: 'Fix the pager rota',
  ownerId: null,
  due: null,
  status,
  source: { kind: 'drill', id: drillId, criterionId: null },
  createdAt: START,
  updatedAt: START,
});

function input(overrides: Partial<DrillsCsvInput> = {}): DrillsCsvInput {
  return {
    drills: [drill()],
    eventsByDrill: new Map([['drill-1', eventsOf(FULL_RUN)]]),
    teamNames: new Map([['team-1', 'Payments']]),
    serviceNames: new Map([
      ['service-1', 'Ledger'],
      ['service-2', 'Cards'],
    ]),
    actionItems: [item('open'), item('in-progress'), item('done'), item('open', 'drill-2')],
    now: START + 86_400_000,
    ...overrides,
  };
}

/** The CSV read back as a spreadsheet would, one object per drill keyed by header. */
function rowsOf(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('drills as CSV', () => {
  it('gives one row per drill with its plan, status and measures in minutes', () => {
    const [row] = rowsOf(buildDrillsCsv(input()));
    expect(row).toMatchObject({
      Team: 'Payments',
      Title: 'Failover',
      Scenario: 'Database failover',
      Severity: 'SEV2',
      'Planned for': '2025-03-03',
      Status: 'Completed',
      Services: 'Ledger; Cards',
      'Time to detect (minutes)': '3.00',
      'Time to acknowledge (minutes)': '2.00',
      'Time to recover (minutes)': '37.00',
      'Impact duration (minutes)': '40.00',
      'Paused (minutes)': '0.00',
      'Runbook used': 'no',
      'Open action items': '2',
      'Done action items': '1',
      'Drill ID': 'drill-1',
    });
  });

  it('says the unit of every duration in its header and ends lines with CRLF', () => {
    const csv = buildDrillsCsv(input());
    expect(csv.split('\r\n')[0]).toBe(DRILLS_CSV_HEADER.join(','));
    expect(DRILLS_CSV_HEADER.filter((h) => h.endsWith('(minutes)'))).toHaveLength(8);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/\n/u);
  });

  it('leaves a measure that does not exist empty, never 0', () => {
    const run = eventsOf([
      [0, M('start')],
      [60, M('detected')],
      [90, PAUSE],
      [150, RESUME],
    ]);
    const [row] = rowsOf(
      buildDrillsCsv(
        input({
          drills: [drill({ status: 'running' })],
          eventsByDrill: new Map([['drill-1', run]]),
        }),
      ),
    );
    expect(row?.['Time to detect (minutes)']).toBe('1.00');
    expect(row?.['Time to recover (minutes)']).toBe('');
    expect(row?.['Comms latency (minutes)']).toBe('');
    expect(row?.['Review held']).toBe('');
    expect(row?.['Paused (minutes)']).toBe('1.00');
    expect(row?.Status).toBe('Running');
  });

  it('quotes titles holding commas, quotes and line breaks, and reads them back whole', () => {
    const title = 'Failover, "the big one"\nsecond line';
    const csv = buildDrillsCsv(input({ drills: [drill({ title })] }));
    expect(csv).toContain('"Failover, ""the big one""\nsecond line"');
    expect(rowsOf(csv)[0]?.Title).toBe(title);
  });

  it.each([
    '=HYPERLINK("http://x")',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\tTab',
    '\rReturn',
    '=1+2\nsecond line',
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (title) => {
    const [row] = rowsOf(buildDrillsCsv(input({ drills: [drill({ title })] })));
    expect(row?.Title).toBe(`'${title}`);
  });

  it('orders drills by team, then date, and names deleted services', () => {
    const drills = [
      drill({ id: 'b', teamId: 'team-2', title: 'Later team' }),
      drill({ id: 'c', plannedFor: '2025-04-01', title: 'Second', serviceIds: ['gone'] }),
      drill({ id: 'a', plannedFor: '2025-01-01', title: 'First', status: 'planned' }),
    ];
    const teamNames = new Map([
      ['team-1', 'Alpha'],
      ['team-2', 'Beta'],
    ]);
    const rows = rowsOf(buildDrillsCsv(input({ drills, teamNames, eventsByDrill: new Map() })));
    expect(rows.map((r) => r.Title)).toEqual(['First', 'Second', 'Later team']);
    expect(rows[1]?.Services).toBe('(deleted service)');
    expect(rows[0]?.['Time to detect (minutes)']).toBe('');
  });
});

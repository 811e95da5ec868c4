import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/incident-io.json?raw';
import { incidentKind, type IncidentRecord } from '../records/incidents';
import { storeLimitProblem } from './store-limits';
import { imported } from './test-support';
import { toIncidentRecord } from './to-record';

const file = imported(incidentsExport, 'incident-io');
const [first] = file.incidents;
if (first === undefined) throw new Error('setup: empty fixture');
const good = toIncidentRecord(
  first,
  'recovered',
  {
    teamId: '00000000-0000-4000-8000-000000000001',
    fileName: 'export.json',
    now: Date.UTC(2026, 0, 1),
  },
  { id: '00000000-0000-4000-8000-000000000002', createdAt: Date.UTC(2026, 0, 1) },
);
const long = (n: number) => 'x'.repeat(n);
const detected = good.milestones.detected;
if (detected === null) throw new Error('setup: no detection');

const SPOILED: readonly (readonly [string, IncidentRecord, string])[] = [
  ['a long title', { ...good, title: long(301) }, 'its title is longer than 300 characters'],
  ['an empty id', { ...good, sourceId: '' }, 'its id is empty'],
  ['a long source name', { ...good, sourceKey: long(101) }, 'the name of its source is longer'],
  ['too many services', { ...good, services: Array<string>(1001).fill('a') }, '1001 services'],
  ['a long service name', { ...good, services: [long(301)] }, 'one of its services'],
  ['a long note', { ...good, notes: [long(20_001)] }, 'one of its notes'],
  ['a long reference', { ...good, reference: long(301) }, 'its reference'],
  [
    'a time in 1970',
    { ...good, milestones: { ...good.milestones, detected: { ...detected, at: 0 } } },
    'its detected time is not a time between the years 2000 and 2200',
  ],
  [
    'a long value as written',
    { ...good, milestones: { ...good.milestones, detected: { ...detected, raw: long(301) } } },
    'its detected time is longer',
  ],
  [
    'a long flag field',
    { ...good, reviewHeld: { value: true, field: long(301) } },
    'the field its review came from',
  ],
];

describe('the store’s limits, checked before the schema would', () => {
  it('lets a good record through, as the schema does', () => {
    expect(storeLimitProblem(good)).toBeUndefined();
    expect(incidentKind.schema().safeParse(good).success).toBe(true);
  });

  it.each(SPOILED)('refuses %s, as the schema does, saying why', (_, record, expected) => {
    expect(storeLimitProblem(record)).toContain(expected);
    expect(incidentKind.schema().safeParse(record).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import incidentsExport from './fixtures/incident-io.json?raw';
import { incidentKind, type IncidentRecord } from '../records/incidents';
import { decideIncidentImport, writesOf, type IncidentImportPlan } from './import-decision';
import type { ImportedFile } from './import-result';
import { imported, incident } from './test-support';
import { toIncidentRecord } from './to-record';

const TEAM = '00000000-0000-4000-8000-000000000001';
const OTHER_TEAM = '00000000-0000-4000-8000-000000000002';
const T0 = Date.parse('2026-03-01T09:00:00Z');
const id = (n: number) => `01HQ1000INCIDENT0000000${n}`;

/** Ids as a repository would make them, but predictable. */
function idMaker() {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

function decide(file: ImportedFile, stored: readonly IncidentRecord[], now = T0) {
  return decideIncidentImport({
    file,
    stored,
    target: { teamId: TEAM, fileName: 'incidents.json', now },
    newId: idMaker(),
  });
}

/** What a commit leaves stored, given what was stored before. */
function applied(stored: readonly IncidentRecord[], plan: IncidentImportPlan): IncidentRecord[] {
  const { put, remove } = writesOf(plan);
  const byId = new Map(stored.map((record) => [record.id, record]));
  for (const gone of remove) byId.delete(gone);
  for (const record of put) byId.set(record.id, record);
  return [...byId.values()];
}

describe('a file’s incident as a stored record', () => {
  const file = imported(incidentsExport, 'incident-io');

  it('stores "not recorded" as null, never 0, and keeps where each time came from', () => {
    const giftCards = incident(file, id(48)); // retrospective: no detection
    const record = toIncidentRecord(
      giftCards,
      'recovered',
      { teamId: TEAM, fileName: 'export.json', now: T0 },
      { id: 'x', createdAt: T0 },
    );
    expect(record.milestones.detected).toBeNull();
    expect(Object.keys(record.milestones)).toHaveLength(8);
    for (const time of Object.values(record.milestones)) {
      if (time !== null) expect(time.at).toBeGreaterThan(0);
    }
    expect(record.importedFrom).toEqual({ fileName: 'export.json', at: T0 });
    expect(record).toMatchObject({ source: 'incident-io', sourceKey: 'incident-io', teamId: TEAM });
  });

  it('writes no undefined field, so the record passes the store’s schema', () => {
    for (const item of file.incidents) {
      const record = toIncidentRecord(
        item,
        'recovered',
        { teamId: TEAM, fileName: 'export.json', now: T0 },
        { id: '00000000-0000-4000-8000-000000000009', createdAt: T0 },
      );
      expect(incidentKind.schema().safeParse(record).success).toBe(true);
      expect(JSON.stringify(record)).not.toContain('undefined');
      expect(record.severity === null || /^SEV[1-4]$/u.test(record.severity)).toBe(true);
    }
    const basket = toIncidentRecord(
      incident(file, id(41)),
      'recovered',
      { teamId: TEAM, fileName: 'e.json', now: T0 },
      { id: 'x', createdAt: T0 },
    );
    expect(basket.reviewHeld).toEqual({
      value: true,
      field: 'incident_timestamp_values["Reviewed at"]',
    });
    expect(basket.runbookUsed).toBeNull();
    expect('standIn' in (basket.milestones.detected ?? {})).toBe(false);
  });
});

describe('deciding an import', () => {
  const file = imported(incidentsExport, 'incident-io');

  it('adds every resolved and open incident of a first import, and lists the rest apart', () => {
    const plan = decide(file, []);
    expect(plan.recovered.map((item) => item.record.sourceId).sort()).toEqual(
      file.incidents.map((item) => item.sourceId).sort(),
    );
    expect(plan.recovered.every((item) => item.record.state === 'recovered')).toBe(true);
    expect(plan.open.map((item) => [item.record.sourceId, item.record.state])).toEqual([
      [id(45), 'open'],
    ]);
    // The test and the declined incident are not stored.
    expect(plan.apart.map((item) => [item.incident.sourceId, item.kind])).toEqual(
      expect.arrayContaining([
        [id(44), 'rehearsal'],
        [id(46), 'declined'],
      ]),
    );
    const stored = writesOf(plan).put.map((record) => record.sourceId);
    expect(stored).not.toContain(id(44));
    expect(stored).not.toContain(id(46));
    expect(plan.counts).toEqual({ added: 6, updated: 0, unchanged: 0, removed: 0 });
  });

  it('changes nothing when the same file is imported again, later', () => {
    const first = applied([], decide(file, []));
    const plan = decide(file, first, T0 + 3_600_000);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 6, removed: 0 });
    expect(writesOf(plan)).toEqual({ put: [], remove: [] });
    expect(applied(first, plan)).toEqual(first);
    // The records read back from storage (keys in any order) are still the same incidents.
    const reversed = <T extends object>(value: T): T =>
      Object.fromEntries(Object.entries(value).reverse()) as T;
    const reordered = first.map((record) => ({
      ...reversed(record),
      milestones: reversed(record.milestones),
    }));
    expect(Object.keys(reordered[0] ?? {})[0]).not.toBe(Object.keys(first[0] ?? {})[0]);
    expect(decide(file, reordered, T0 + 7_200_000).counts.unchanged).toBe(6);
  });

  it('updates an incident the newer export changed, keeping its id and first import', () => {
    const first = applied([], decide(file, []));
    const json = JSON.parse(incidentsExport) as { incidents: { id: string; name: string }[] };
    const basket = json.incidents.find((item) => item.id === id(41));
    if (basket === undefined) throw new Error('setup: no INC-41');
    basket.name = 'Basket checkout fails (root cause: expired certificate)';
    const later = T0 + 86_400_000;
    const plan = decide(imported(JSON.stringify(json), 'incident-io'), first, later);
    expect(plan.counts).toMatchObject({ added: 0, updated: 1, unchanged: 5 });
    const updated = plan.recovered.find((item) => item.change === 'updated')?.record;
    const before = first.find((record) => record.sourceId === id(41));
    expect(updated).toMatchObject({
      id: before?.id,
      createdAt: T0,
      updatedAt: later,
      title: 'Basket checkout fails (root cause: expired certificate)',
      importedFrom: { fileName: 'incidents.json', at: later },
    });
  });

  it('stores an open incident and updates it when the next export finds it resolved', () => {
    const first = applied([], decide(file, []));
    const json = JSON.parse(incidentsExport) as {
      incidents: { id: string; incident_status: { category: string } }[];
    };
    const open = json.incidents.find((item) => item.id === id(45));
    if (open === undefined) throw new Error('setup: no INC-45');
    open.incident_status.category = 'closed';
    const plan = decide(imported(JSON.stringify(json), 'incident-io'), first, T0 + 1000);
    const resolved = plan.recovered.find((item) => item.record.sourceId === id(45));
    expect(resolved).toMatchObject({ change: 'updated', record: { state: 'recovered' } });
    expect(plan.open).toEqual([]);
  });

  it('removes a stored incident the newer export names as a test, so it stops counting', () => {
    const first = applied([], decide(file, []));
    const json = JSON.parse(incidentsExport) as { incidents: { id: string; mode: string }[] };
    const basket = json.incidents.find((item) => item.id === id(41));
    if (basket === undefined) throw new Error('setup: no INC-41');
    basket.mode = 'test';
    const plan = decide(imported(JSON.stringify(json), 'incident-io'), first, T0 + 1000);
    expect(plan.withdrawn.map((item) => item.stored.sourceId)).toEqual([id(41)]);
    expect(plan.counts.removed).toBe(1);
    const after = applied(first, plan);
    expect(after.map((record) => record.sourceId)).not.toContain(id(41));
    expect(after).toHaveLength(5);
  });

  it('leaves incidents of other sources, and the ids of other sources, alone', () => {
    const first = applied([], decide(file, []));
    const fromSheet = first.map((record) => ({
      ...record,
      id: record.id.replace('0000-4000', '1111-4000'),
      sourceKey: 'ops-sheet',
      source: 'csv' as const,
    }));
    const plan = decide(file, fromSheet);
    expect(plan.counts).toEqual({ added: 6, updated: 0, unchanged: 0, removed: 0 });
    expect(applied(fromSheet, plan)).toHaveLength(12);
    expect(writesOf(plan).put.every((record) => record.teamId === TEAM)).toBe(true);
    expect(OTHER_TEAM).not.toBe(TEAM);
  });

  it('keeps the file’s refused records with their place and reason, and refuses what cannot be stored', () => {
    const json = JSON.parse(incidentsExport) as { incidents: { id: string }[] };
    const first = json.incidents[0];
    if (first === undefined) throw new Error('setup: empty fixture');
    json.incidents.push({ ...first });
    const withTwin = imported(JSON.stringify(json), 'incident-io');
    const long = {
      ...withTwin,
      incidents: withTwin.incidents.map((item) =>
        item.sourceId === id(42) ? { ...item, services: Array<string>(1001).fill('x') } : item,
      ),
    };
    const plan = decide(long, []);
    expect(plan.refused.map((item) => [item.place, item.reasons[0]])).toEqual([
      [
        { kind: 'record', number: 2 },
        'it cannot be stored: it has 1001 services, more than the 1000 an incident can keep',
      ],
      [
        { kind: 'record', number: json.incidents.length },
        expect.stringContaining('appears twice in the file'),
      ],
    ]);
    expect(writesOf(plan).put.map((record) => record.sourceId)).not.toContain(id(42));
  });
});

import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import incidentIo from '../../domain/incidents/fixtures/incident-io.json?raw';
import firehydrant from '../../domain/incidents/fixtures/firehydrant.json?raw';
import jira from '../../domain/incidents/fixtures/jira-incidents.csv?raw';
import opsgenie from '../../domain/incidents/fixtures/opsgenie-alerts.json?raw';
import pagerdutyRest from '../../domain/incidents/fixtures/pagerduty-rest.json?raw';
import rootly from '../../domain/incidents/fixtures/rootly.json?raw';
import servicenow from '../../domain/incidents/fixtures/servicenow-incidents.csv?raw';
import spreadsheet from '../../domain/incidents/fixtures/european-spreadsheet.csv?raw';
import { FILE_CASES, type Fixtures } from '../../domain/incidents/corpus-cases';
import { RECORD_CASES } from '../../domain/incidents/corpus-record-cases';
import type { CsvMapping } from '../../domain/incidents/csv-mapping';
import type { PresetId } from '../../domain/incidents/presets';
import { createTeams, createTestRig, dumpAll, type TestRig } from '../test-support';
import type { IncidentFileRequest } from './incidents.repository';

const fixtures: Fixtures = {
  pagerdutyRest,
  opsgenie,
  incidentIo,
  firehydrant,
  rootly,
  servicenow,
  jira,
  spreadsheet,
};

const HOUR = 3_600_000;

function request(
  teamId: string,
  text: string,
  preset: PresetId,
  options: Partial<IncidentFileRequest['options']> = {},
): IncidentFileRequest {
  return {
    teamId,
    fileName: 'export.json',
    text,
    byteLength: text.length,
    preset,
    options: { timeZone: 'UTC', ...options },
  };
}

async function previewed(rig: TestRig, file: IncidentFileRequest) {
  const preview = await rig.repos.incidents.previewImport(file);
  if (!preview.ok) throw new Error(preview.problem.message);
  return preview.value;
}

async function imported(rig: TestRig, file: IncidentFileRequest) {
  const committed = await rig.repos.incidents.commitImport((await previewed(rig, file)).prepared);
  if (!committed.ok) throw new Error(committed.problem.message);
  return committed.value;
}

describe('importing incidents: preview, then commit', () => {
  it('previews without writing, then commits what it previewed', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const before = await dumpAll(rig.db);
    const { plan, prepared } = await previewed(rig, request(teamId, incidentIo, 'incident-io'));
    expect(plan.counts).toEqual({ added: 6, updated: 0, unchanged: 0, removed: 0 });
    expect(await dumpAll(rig.db)).toEqual(before);
    const committed = await rig.repos.incidents.commitImport(prepared);
    expect(committed.ok && committed.value.counts.added).toBe(6);
    const stored = await rig.repos.incidents.listForTeam(teamId);
    expect(stored).toHaveLength(6);
    expect(stored.filter((record) => record.state === 'open')).toHaveLength(1);
    expect(stored.every((record) => record.importedFrom.fileName === 'export.json')).toBe(true);
  });

  it('changes nothing when the same file is imported again', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    await imported(rig, request(teamId, pagerdutyRest, 'pagerduty-rest'));
    const after = await dumpAll(rig.db);
    rig.clock.advance(HOUR);
    const again = await imported(rig, request(teamId, pagerdutyRest, 'pagerduty-rest'));
    expect(again.counts.added + again.counts.updated + again.counts.removed).toBe(0);
    expect(again.counts.unchanged).toBeGreaterThan(0);
    expect(await dumpAll(rig.db)).toEqual(after);
  });

  it('decides again at commit: a second commit of one preview adds nothing twice', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const { prepared } = await previewed(rig, request(teamId, rootly, 'rootly'));
    const first = await rig.repos.incidents.commitImport(prepared);
    const second = await rig.repos.incidents.commitImport(prepared);
    expect(first.ok && first.value.counts.added).toBeGreaterThan(0);
    expect(second.ok && second.value.counts).toMatchObject({ added: 0, updated: 0 });
    const stored = await rig.repos.incidents.listForTeam(teamId);
    expect(stored).toHaveLength(first.ok ? first.value.counts.added : -1);
  });

  it('keeps each team’s incidents apart: the same file in two teams is two sets', async () => {
    const rig = createTestRig();
    const [a = '', b = ''] = await createTeams(rig, 'Payments', 'Search');
    await imported(rig, request(a, opsgenie, 'opsgenie'));
    const inB = await imported(rig, request(b, opsgenie, 'opsgenie'));
    expect(inB.counts.unchanged).toBe(0);
    const inA = await rig.repos.incidents.listForTeam(a);
    expect((await rig.repos.incidents.listForTeam(b)).length).toBe(inA.length);
  });

  it('refuses a commit for a team deleted since the preview, and changes nothing', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const { prepared } = await previewed(rig, request(teamId, firehydrant, 'firehydrant'));
    await rig.db.teams.delete(teamId);
    const before = await dumpAll(rig.db);
    const committed = await rig.repos.incidents.commitImport(prepared);
    expect(committed).toMatchObject({ ok: false, problem: { message: /no longer exists/u } });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('rolls the whole import back when a write fails', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    await imported(rig, request(teamId, incidentIo, 'incident-io'));
    // The newer export names one stored incident a test (removed) and renames another (updated).
    const json = JSON.parse(incidentIo) as { incidents: { mode: string; name: string }[] };
    const [first, second] = json.incidents;
    if (first === undefined || second === undefined) throw new Error('setup: too few incidents');
    first.mode = 'test';
    second.name = 'Renamed';
    const { prepared, plan } = await previewed(
      rig,
      request(teamId, JSON.stringify(json), 'incident-io'),
    );
    expect(plan.counts).toMatchObject({ updated: 1, removed: 1 });
    const before = await dumpAll(rig.db);
    // The delete runs first; the write after it fails, as a full disk would make it.
    vi.spyOn(rig.db.incidents, 'bulkPut').mockRejectedValue(new Error('The disk is full.'));
    const committed = await rig.repos.incidents.commitImport(prepared);
    expect(committed).toMatchObject({
      ok: false,
      problem: { message: 'The import failed and nothing was changed: The disk is full.' },
    });
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it('saves a spreadsheet mapping by name and reads the next export with it', async () => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const saved = await rig.repos.importMappings.save('Ops sheet', GERMAN_MAPPING);
    expect(saved.ok).toBe(true);
    const [reused] = await rig.repos.importMappings.list();
    if (reused === undefined) throw new Error('no saved mapping');
    const plan = await imported(
      rig,
      request(teamId, spreadsheet, 'csv', { mapping: reused.mapping }),
    );
    expect(plan.counts.added).toBeGreaterThan(0);
    expect(plan.recovered[0]?.record.sourceKey).toBe('csv:Betriebs-Tabelle');
  });
});

describe('incidents in the CSV export', () => {
  it('writes the incidents of one team, or of every team, one row each', async () => {
    const rig = createTestRig();
    const [a = '', b = ''] = await createTeams(rig, 'Payments', 'Search');
    await imported(rig, request(a, incidentIo, 'incident-io'));
    await imported(rig, request(b, opsgenie, 'opsgenie'));
    const rowsOf = async (teamId: string | null) =>
      Papa.parse<Record<string, string>>(await rig.repos.backup.incidentsCsv(teamId), {
        header: true,
      }).data;
    const mine = await rowsOf(a);
    expect(mine).toHaveLength((await rig.repos.incidents.listForTeam(a)).length);
    expect(new Set(mine.map((row) => row.Team))).toEqual(new Set(['Payments']));
    expect(await rowsOf(null)).toHaveLength(await rig.db.incidents.count());
  });
});

describe('a corpus of bad incident files', () => {
  it.each(FILE_CASES)('refuses $name and changes nothing', async (badCase) => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    await imported(rig, request(teamId, incidentIo, 'incident-io'));
    const before = await dumpAll(rig.db);
    const text = badCase.make(fixtures);
    const preview = await rig.repos.incidents.previewImport({
      ...request(teamId, text, badCase.preset, badCase.options),
      byteLength: badCase.byteLength ?? text.length,
    });
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.problem.message).toMatch(/\w/u);
    expect(await dumpAll(rig.db)).toEqual(before);
  });

  it.each(RECORD_CASES)('stores no incident from the record with $name', async (badCase) => {
    const rig = createTestRig();
    const [teamId = ''] = await createTeams(rig, 'Payments');
    const text = badCase.make(fixtures);
    const plan = await imported(rig, request(teamId, text, badCase.preset, badCase.options));
    expect(plan.refused.length).toBeGreaterThan(0);
    const stored = await rig.repos.incidents.listForTeam(teamId);
    const places = new Set(plan.refused.map((item) => item.place.number));
    const storedPlaces = [...plan.recovered, ...plan.open]
      .filter((item) => places.has(item.place.number))
      .map((item) => item.place);
    expect(storedPlaces).toEqual([]);
    expect(stored.length).toBe(plan.counts.added);
  });
});

const GERMAN_MAPPING: CsvMapping = {
  version: 1,
  sourceName: 'Betriebs-Tabelle',
  columns: { id: 'Nr', title: 'Titel', severity: 'Schwere', services: 'Dienste', status: 'Status' },
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

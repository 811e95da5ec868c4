// Runs in the web shell's page during the incidents benchmark (bundled by bench/lib/bundle-harness.ts
// and added to the page, never shipped): the app's own import code on the app's own database.
//   preview: from the chosen file's text to the decided plan (read with the preset, checked, decided
//            against the team's stored incidents), on an empty team and again once all are stored;
//   commit:  the plan written in its one read-write transaction, decided again inside it.
// Floors, in the same page: the file parsed as JSON alone (the least any preview does), and the
// committed records put raw in a database of their own with the same key and unique index, one
// strict transaction, no checks.
import { openDatabase } from '../../renderer/src/db/database';
import { DEFAULT_DEPS } from '../../renderer/src/db/repositories/context';
import {
  createIncidentsRepository,
  type PreparedIncidentImport,
} from '../../renderer/src/db/repositories/incidents.repository';
import { createTeamsRepository } from '../../renderer/src/db/repositories/teams.repository';
import { generateExport } from '../../renderer/src/domain/incidents/generate-export';
import type { IncidentRecord } from '../../renderer/src/domain/records/incidents';

export interface IncidentsBenchResult {
  readonly ms: number;
  readonly detail: string;
}

const db = openDatabase();
const context = { db, ...DEFAULT_DEPS };
const incidents = createIncidentsRepository(context);
const teams = createTeamsRepository(context);
let text = '';
let teamId = '';
let prepared: PreparedIncidentImport | undefined;
let written: readonly IncidentRecord[] = [];

async function setUp(count: number): Promise<IncidentsBenchResult> {
  text = generateExport('pagerduty-rest', count);
  const team = await teams.create({ name: `Bench ${String(Date.now())}` });
  if (!team.ok) throw new Error('The bench team could not be made.');
  teamId = team.value.id;
  return { ms: 0, detail: `${String(text.length)} characters` };
}

async function preview(): Promise<IncidentsBenchResult> {
  const started = performance.now();
  const outcome = await incidents.previewImport({
    teamId,
    fileName: 'bench.json',
    text,
    byteLength: text.length,
    preset: 'pagerduty-rest',
    options: { timeZone: 'UTC' },
  });
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error(outcome.problem.message);
  prepared = outcome.value.prepared;
  return { ms, detail: JSON.stringify(outcome.value.plan.counts) };
}

async function commit(): Promise<IncidentsBenchResult> {
  if (prepared === undefined) throw new Error('Preview first.');
  const started = performance.now();
  const outcome = await incidents.commitImport(prepared);
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error(outcome.problem.message);
  written = await incidents.listForTeam(teamId);
  return { ms, detail: JSON.stringify(outcome.value.counts) };
}

function bareParse(): Promise<IncidentsBenchResult> {
  const started = performance.now();
  const parsed = JSON.parse(text) as unknown;
  const ms = performance.now() - started;
  // The export is a list of pages as the API returned them.
  const pages = Array.isArray(parsed) ? parsed.length : 1;
  return Promise.resolve({ ms, detail: `${String(pages)} pages` });
}

function openFloor(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`mttr-bench-incidents-floor-${String(Date.now())}`, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('incidents', { keyPath: 'id' });
      store.createIndex('natural', ['teamId', 'sourceKey', 'sourceId'], { unique: true });
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(new Error(request.error?.message ?? 'The floor database did not open.'));
    };
  });
}

async function bareWrite(): Promise<IncidentsBenchResult> {
  const floor = await openFloor();
  const started = performance.now();
  const tx = floor.transaction('incidents', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('incidents');
  for (const record of written) store.put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = tx.onabort = () => {
      reject(new Error(tx.error?.message ?? 'The floor write failed.'));
    };
  });
  const ms = performance.now() - started;
  floor.close();
  return { ms, detail: `${String(written.length)} records` };
}

(window as unknown as { incidentsBench: unknown }).incidentsBench = {
  setUp,
  preview,
  commit,
  bareParse,
  bareWrite,
};

// A team's imported incidents. Importing is a preview, then a commit, like a backup restore: the
// preview reads the file with the chosen preset and decides, against what is stored, what would
// be added, updated or left alone, writing nothing; the commit decides again inside the one
// read-write transaction that writes, so what changed since the preview is judged as it is now,
// and any failure rolls the whole import back. Open incidents are stored but never counted as
// recoveries: that is the readers'.
import type { ImportOptions } from '../../domain/incidents/importer';
import {
  decideIncidentImport,
  writesOf,
  type IncidentImportPlan,
} from '../../domain/incidents/import-decision';
import type { ImportedFile } from '../../domain/incidents/import-result';
import type { PresetId } from '../../domain/incidents/presets';
import { problem, type Checked, type Problem } from '../../domain/outcome';
import type { Id } from '../../domain/records/common';
import type { IncidentRecord } from '../../domain/records/incidents';
import type { MttrDatabase } from '../database';
import type { RepositoryContext } from './context';

/** A chosen file, read as text, and how to read it. */
export interface IncidentFileRequest {
  readonly teamId: Id;
  readonly fileName: string;
  readonly text: string;
  /** The file's size on disk, checked before its text is looked at. */
  readonly byteLength: number;
  readonly preset: PresetId;
  readonly options: ImportOptions;
}

/** What the preview read, kept to be committed as it is: the commit does not read the file again. */
export interface PreparedIncidentImport {
  readonly teamId: Id;
  readonly fileName: string;
  readonly file: ImportedFile;
}

export type IncidentImportPreview = Checked<{
  readonly plan: IncidentImportPlan;
  readonly prepared: PreparedIncidentImport;
}>;

export interface IncidentsRepository {
  listForTeam(teamId: Id): Promise<IncidentRecord[]>;
  get(id: Id): Promise<IncidentRecord | undefined>;
  /** The incident a tool's export names, in a team: what a re-import updates. */
  findBySource(
    teamId: Id,
    sourceKey: string,
    sourceId: string,
  ): Promise<IncidentRecord | undefined>;
  /** Reads the file and says what importing it would change; writes nothing. */
  previewImport(request: IncidentFileRequest): Promise<IncidentImportPreview>;
  /** Imports what the preview read, decided again against what is stored now. */
  commitImport(prepared: PreparedIncidentImport): Promise<Checked<IncidentImportPlan>>;
}

/** Thrown inside the transaction to roll it back; turned back into a value outside. */
class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

const NO_TEAM = 'This team no longer exists: choose another team and import the file again.';

export function createIncidentsRepository({
  db,
  now,
  newId,
}: RepositoryContext): IncidentsRepository {
  const decide = async (prepared: PreparedIncidentImport): Promise<Checked<IncidentImportPlan>> => {
    if ((await db.teams.get(prepared.teamId)) === undefined) return problem(NO_TEAM);
    const stored = await storedForTeam(db, prepared.teamId);
    const plan = decideIncidentImport({
      file: prepared.file,
      stored,
      target: { teamId: prepared.teamId, fileName: prepared.fileName, now: now() },
      newId,
    });
    return { ok: true, value: plan };
  };
  return {
    listForTeam: (teamId) => storedForTeam(db, teamId),
    get: (id) => db.incidents.get(id),
    findBySource: (teamId, sourceKey, sourceId) =>
      db.incidents
        .where('[teamId+sourceKey+sourceId]')
        .equals([teamId, sourceKey, sourceId])
        .first(),
    previewImport: async (request) => {
      // The importers (a CSV parser, time zones, every tool's format) load on the first import,
      // not with the app.
      const { importIncidents } = await import('../../domain/incidents/presets');
      const file = importIncidents(
        request.text,
        request.byteLength,
        request.preset,
        request.options,
      );
      if (!file.ok) return file;
      const prepared = { teamId: request.teamId, fileName: request.fileName, file };
      const decided = await db.transaction(
        'r',
        [db.teams, db.incidents],
        async () => await decide(prepared),
      );
      return decided.ok ? { ok: true, value: { plan: decided.value, prepared } } : decided;
    },
    commitImport: async (prepared) => {
      try {
        return await db.transaction('rw', [db.teams, db.incidents], async () => {
          const decided = await decide(prepared);
          if (!decided.ok) throw new Refusal(decided.problem);
          const { put, remove } = writesOf(decided.value);
          if (remove.length > 0) await db.incidents.bulkDelete([...remove]);
          if (put.length > 0) await db.incidents.bulkPut([...put]);
          return decided;
        });
      } catch (error) {
        if (error instanceof Refusal) return { ok: false, problem: error.problem };
        const detail = error instanceof Error ? error.message : String(error);
        return problem(`The import failed and nothing was changed: ${detail}`);
      }
    },
  };
}

function storedForTeam(db: MttrDatabase, teamId: Id): Promise<IncidentRecord[]> {
  return db.incidents.where('teamId').equals(teamId).toArray();
}

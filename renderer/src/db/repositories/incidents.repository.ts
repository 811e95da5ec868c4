// A team's imported incidents. Importing (preview, then commit) is the import flow's; this reads
// what is stored. Open incidents are stored but never counted as recoveries: that is the readers'.
import type { Id } from '../../domain/records/common';
import type { IncidentRecord } from '../../domain/records/incidents';
import type { RepositoryContext } from './context';

export interface IncidentsRepository {
  listForTeam(teamId: Id): Promise<IncidentRecord[]>;
  get(id: Id): Promise<IncidentRecord | undefined>;
  /** The incident a tool's export names, in a team: what a re-import updates. */
  findBySource(
    teamId: Id,
    sourceKey: string,
    sourceId: string,
  ): Promise<IncidentRecord | undefined>;
}

export function createIncidentsRepository({ db }: RepositoryContext): IncidentsRepository {
  return {
    listForTeam: (teamId) => db.incidents.where('teamId').equals(teamId).toArray(),
    get: (id) => db.incidents.get(id),
    findBySource: (teamId, sourceKey, sourceId) =>
      db.incidents
        .where('[teamId+sourceKey+sourceId]')
        .equals([teamId, sourceKey, sourceId])
        .first(),
  };
}

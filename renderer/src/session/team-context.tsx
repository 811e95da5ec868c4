// The team everything on screen belongs to. The choice is a setting in the database (so it
// survives a reload); teams are read live, so a rename or delete anywhere shows up everywhere.
// If the remembered team is gone, the first team stands in: derived, not stored.
import { createContext, useContext, type ReactNode } from 'react';
import { repos } from '../db/app-db';
import { useLive } from '../db/live';
import type { Id } from '../domain/records/common';
import type { TeamRecord } from '../domain/records/teams';

export interface TeamContextValue {
  readonly teams: readonly TeamRecord[];
  readonly current: TeamRecord | null;
}

const TeamContext = createContext<TeamContextValue | undefined>(undefined);

export function TeamProvider({ children }: { readonly children: ReactNode }) {
  const value = useLive(async () => {
    const [teams, currentId] = await Promise.all([
      repos.teams.list(),
      repos.settings.get('currentTeamId'),
    ]);
    return { teams, current: teams.find((team) => team.id === currentId) ?? teams[0] ?? null };
  }, []);
  if (value === undefined) {
    return (
      <p className="muted" role="status">
        Opening your data…
      </p>
    );
  }
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}

export function useTeamContext(): TeamContextValue {
  const value = useContext(TeamContext);
  if (value === undefined) throw new Error('useTeamContext is used outside TeamProvider');
  return value;
}

export async function selectTeam(id: Id): Promise<void> {
  await repos.settings.set('currentTeamId', id);
}

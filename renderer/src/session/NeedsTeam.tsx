import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTeamContext } from './team-context';
import type { TeamRecord } from '../domain/records/teams';
import { EmptyState } from '../components/EmptyState';
import { LoadDemoButton } from '../widgets/LoadDemoButton';

/** Screens about a team's records show a way to create one when there is no team yet. */
export function NeedsTeam({ children }: { readonly children: (team: TeamRecord) => ReactNode }) {
  const { current } = useTeamContext();
  if (current === null) {
    return (
      <EmptyState title="No team yet">
        <p>
          Everything here belongs to a team. <Link to="/">Create your first team</Link> or load the
          demo data to begin.
        </p>
        <LoadDemoButton />
      </EmptyState>
    );
  }
  return <>{children(current)}</>;
}

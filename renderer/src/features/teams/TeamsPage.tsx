import { Link, NavLink, useNavigate, useParams } from 'react-router';
import { useTeamContext } from '../../session/team-context';
import { PageHeader } from '../../components/PageHeader';
import type { TeamRecord } from '../../domain/records/teams';
import { CreateTeamForm } from '../../widgets/CreateTeamForm';
import { DeleteTeamSection } from './DeleteTeamSection';
import { PeopleSection } from './PeopleSection';
import { RenameTeamForm } from './RenameTeamForm';
import { ServicesSection } from './ServicesSection';
import { TeamModelSection } from './TeamModelForm';

/** /teams, /teams/new and /teams/:teamId: the list of teams beside the one being edited. */
export function TeamsPage() {
  const { teams, current } = useTeamContext();
  const { teamId } = useParams();
  const navigate = useNavigate();
  const creating = teamId === 'new' || teams.length === 0;
  const selected = creating ? null : (teams.find((team) => team.id === teamId) ?? current);

  return (
    <>
      <PageHeader
        title="Teams"
        description="Teams, the services they run and the people who respond."
      />
      <div className="two-column">
        <nav aria-label="Teams">
          <ul className="list-nav">
            {teams.map((team) => (
              <li key={team.id}>
                <Link
                  to={`/teams/${team.id}`}
                  aria-current={team.id === selected?.id ? 'page' : undefined}
                >
                  {team.name}
                </Link>
              </li>
            ))}
            <li>
              <NavLink to="/teams/new">+ New team</NavLink>
            </li>
          </ul>
        </nav>
        <div>
          {selected === null ? (
            <section className="card" aria-labelledby="new-team-heading">
              <h2 id="new-team-heading">New team</h2>
              <CreateTeamForm autoFocus onCreated={(team) => void navigate(`/teams/${team.id}`)} />
            </section>
          ) : (
            <TeamEditor key={selected.id} team={selected} />
          )}
        </div>
      </div>
    </>
  );
}

function TeamEditor({ team }: { readonly team: TeamRecord }) {
  return (
    <>
      <section className="card" aria-labelledby="team-name-heading">
        <h2 id="team-name-heading">{team.name}</h2>
        <RenameTeamForm team={team} />
      </section>
      <TeamModelSection team={team} />
      <ServicesSection team={team} />
      <PeopleSection team={team} />
      <DeleteTeamSection team={team} />
    </>
  );
}

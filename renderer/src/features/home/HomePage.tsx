import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTeamContext } from '../../app/team-context';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../db/records';
import { TIER_LABELS } from '../../components/TierSelect';
import { OpenActionItems } from '../action-items/OpenActionItems';
import { FirstRun } from './FirstRun';
import { markInteractive } from './interactive-mark';

export function HomePage() {
  const { current } = useTeamContext();
  if (current === null) return <FirstRun />;
  return <TeamOverview team={current} />;
}

function TeamOverview({ team }: { readonly team: TeamRecord }) {
  const data = useLive(
    async () => ({
      services: await repos.services.listForTeam(team.id),
      people: await repos.people.listForTeam(team.id),
      summary: await repos.teams.summarise(team.id),
    }),
    [team.id],
  );
  useEffect(() => {
    if (data !== undefined) markInteractive();
  }, [data]);
  return (
    <>
      <PageHeader
        title={team.name}
        description="Team overview"
        actions={
          <Link className="button" to={`/teams/${team.id}`}>
            Manage team
          </Link>
        }
      />
      {data !== undefined && (
        <>
          <div className="card-grid">
            <section className="card" aria-labelledby="services-heading">
              <h2 id="services-heading">Services</h2>
              <p className="stat">{data.services.length}</p>
              {data.services.length === 0 ? (
                <p className="muted">
                  No services yet.{' '}
                  <Link to={`/teams/${team.id}`}>Add the services this team runs.</Link>
                </p>
              ) : (
                <ul>
                  {data.services.map((service) => (
                    <li key={service.id}>
                      {service.name} <span className="muted">· {TIER_LABELS[service.tier]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="people-heading">
              <h2 id="people-heading">People</h2>
              <p className="stat">{data.people.length}</p>
              {data.people.length === 0 ? (
                <p className="muted">
                  No people yet. <Link to={`/teams/${team.id}`}>Add who takes part in drills.</Link>
                </p>
              ) : (
                <ul>
                  {data.people.map((person) => (
                    <li key={person.id}>
                      {person.name} <span className="muted">· {person.role}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <OpenActionItems team={team} />
          <section className="card" aria-labelledby="records-heading">
            <h2 id="records-heading">Recorded so far</h2>
            <dl className="definition-list">
              <dt>Maturity assessments</dt>
              <dd>{data.summary.assessments}</dd>
              <dt>Game-day drills</dt>
              <dd>{data.summary.drills}</dd>
              <dt>Action items</dt>
              <dd>{data.summary.actionItems}</dd>
            </dl>
          </section>
        </>
      )}
    </>
  );
}

import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTeamContext } from '../../session/team-context';
import { useToday } from '../../session/use-today';
import { PageHeader } from '../../components/PageHeader';
import { TIER_LABELS } from '../../domain/words/services';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import { toEvidenceDrills } from '../../domain/maturity/drill-evidence-source';
import { OpenActionItems } from './OpenActionItems';
import { FirstRun } from './FirstRun';
import { LastDrillsCard, NextDrillCard } from './DrillCards';
import { markInteractive } from './interactive-mark';
import { MaturityCard } from './MaturityCard';
import { RecoveryTrendCard } from './RecoveryTrendCard';
import { RealityCard } from './RealityCard';
import { prepareIncidents } from '../../domain/reality/prepare';
import { localZoneOffsetAt } from '../../platform/reader';

export function HomePage() {
  const { current } = useTeamContext();
  if (current === null) return <FirstRun />;
  return <TeamOverview team={current} />;
}

/** Everything Home shows comes from one read, so the first paint has every card at once. */
function useOverview(teamId: string) {
  return useLive(async () => {
    const [overview, incidents] = await Promise.all([
      repos.home.overview(teamId),
      repos.incidents.listForTeam(teamId),
    ]);
    const drills = toEvidenceDrills(
      overview.drills,
      overview.events,
      Date.now(),
      // Per drill, so a drill keeps the date it ran on across a daylight-saving change.
      localZoneOffsetAt,
    );
    return {
      ...overview,
      evidenceDrills: drills,
      incidents: prepareIncidents(incidents, { timeZoneOffsetMinutes: localZoneOffsetAt }),
    };
  }, [teamId]);
}

function TeamOverview({ team }: { readonly team: TeamRecord }) {
  const data = useOverview(team.id);
  const today = useToday();
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
          <div className="card-grid home-grid">
            <MaturityCard latest={data.latestFinal} />
            <NextDrillCard drills={data.drills} today={today} />
            <LastDrillsCard drills={data.evidenceDrills} />
          </div>
          <RecoveryTrendCard drills={data.evidenceDrills} today={today} />
          <RealityCard drills={data.evidenceDrills} incidents={data.incidents} today={today} />
          <OpenActionItems items={data.openActionItems} people={data.people} />
          <div className="card-grid">
            <section className="card" aria-labelledby="services-heading">
              <h2 id="services-heading">Services ({data.services.length})</h2>
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
              <h2 id="people-heading">People ({data.people.length})</h2>
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
            <section className="card" aria-labelledby="records-heading">
              <h2 id="records-heading">Recorded so far</h2>
              <dl className="definition-list">
                <dt>Maturity assessments</dt>
                <dd>{data.assessmentCount}</dd>
                <dt>Game-day drills</dt>
                <dd>{data.drills.length}</dd>
                <dt>Action items</dt>
                <dd>{data.actionItemCount}</dd>
              </dl>
            </section>
          </div>
        </>
      )}
    </>
  );
}

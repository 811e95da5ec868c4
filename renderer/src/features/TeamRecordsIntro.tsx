import type { ReactNode } from 'react';
import { PageHeader } from '../components/PageHeader';
import { EmptyState } from '../components/EmptyState';
import { repos } from '../db/app-db';
import { useLive } from '../db/live';
import type { TeamRecord } from '../domain/records/teams';
import type { TeamDataSummary } from '../db/repositories/teams.repository';
import { NeedsTeam } from '../session/NeedsTeam';

interface TeamRecordsIntroProps {
  readonly title: string;
  readonly description: string;
  /** The heading of the team's section, from what the team has recorded. */
  readonly heading: (team: TeamRecord, summary: TeamDataSummary) => string;
  readonly children: (team: TeamRecord) => ReactNode;
}

/** A screen of a team's records: what it holds for the current team, and what it is for. */
export function TeamRecordsIntro({ title, description, heading, children }: TeamRecordsIntroProps) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <NeedsTeam>
        {(team) => <TeamSection team={team} heading={heading} render={children} />}
      </NeedsTeam>
    </>
  );
}

interface TeamSectionProps {
  readonly team: TeamRecord;
  readonly heading: TeamRecordsIntroProps['heading'];
  readonly render: TeamRecordsIntroProps['children'];
}

function TeamSection({ team, heading, render }: TeamSectionProps) {
  const summary = useLive(() => repos.teams.summarise(team.id), [team.id]);
  if (summary === undefined) return null;
  return <EmptyState title={heading(team, summary)}>{render(team)}</EmptyState>;
}

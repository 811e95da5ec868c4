// The Reports screen: the current team's three kinds of PDF report, each with its own choice
// (which assessment, which drill, which period) and one paper size for all. A report opens as a
// printable page, or goes straight to a PDF with "Export PDF…".
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PAPER_LABELS, PAPER_SIZES } from '@shared/report-request';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { TeamRecord } from '../../domain/records/teams';
import { RadioGroup } from '../../components/RadioGroup';
import { NeedsTeam } from '../../session/NeedsTeam';
import { assessmentChoices, chosen, drillChoices, type Choice } from './reports-choices';
import { ReportsActions, ReportsKindCard } from './ReportsKindCard';
import { useReportsParams, type ReportsParamKey } from './reports-params';
import { ReportsTrendCard } from './ReportsTrendCard';

export function ReportsPage() {
  return (
    <>
      <PageHeader
        title="Reports"
        description="PDF reports of assessments, drills and trends, for leadership."
      />
      <NeedsTeam>{(team) => <ReportChoices team={team} />}</NeedsTeam>
    </>
  );
}

function ReportChoices({ team }: { readonly team: TeamRecord }) {
  const [params, set] = useReportsParams();
  const records = useLive(async () => {
    const [assessments, drills] = await Promise.all([
      repos.assessments.listForTeam(team.id),
      repos.drills.listForTeam(team.id),
    ]);
    return { assessments: assessmentChoices(assessments), drills: drillChoices(drills) };
  }, [team.id]);
  if (records === undefined) return null;
  const { paper } = params;
  return (
    <>
      <section className="card" aria-labelledby="reports-team-heading">
        <h2 id="reports-team-heading">Reports on {team.name}</h2>
        <p>
          Each report opens as a page laid out for paper, ready to print or save. Export PDF… makes
          the file in one step.
        </p>
        <RadioGroup
          legend="Paper for every report"
          name="report-paper"
          value={paper}
          options={PAPER_SIZES.map((size): [string, string] => [size, PAPER_LABELS[size]])}
          onChange={(value) => {
            set('paper', value);
          }}
        />
      </section>
      <ReportsKindCard
        id="assessment-report"
        title="Assessment report"
        description="The levels and score of one assessment, every criterion with its answer and evidence, the gaps with their action items, and the drills behind it."
      >
        <RecordChoice
          label="Assessment"
          choices={records.assessments}
          wanted={params.assessmentId}
          paramKey="assessmentId"
          onChange={set}
          empty={
            <p>
              {team.name} has no assessments yet.{' '}
              <Link to="/assessments/new">Start an assessment</Link> to report on it.
            </p>
          }
          actions={(id) => (
            <ReportsActions request={{ target: { kind: 'assessment', assessmentId: id }, paper }} />
          )}
        />
      </ReportsKindCard>
      <ReportsKindCard
        id="drill-report"
        title="Drill report"
        description="One drill from scenario and hypothesis to its timeline, phase times against targets, measures, review and action items."
      >
        <RecordChoice
          label="Drill"
          choices={records.drills}
          wanted={params.drillId}
          paramKey="drillId"
          onChange={set}
          empty={
            <p>
              No drill of {team.name} has run yet. <Link to="/drills/new">Plan a drill</Link> and
              run it to report on it.
            </p>
          }
          actions={(id) => (
            <ReportsActions request={{ target: { kind: 'drill', drillId: id }, paper }} />
          )}
        />
      </ReportsKindCard>
      <ReportsTrendCard team={team} params={params} paper={paper} onChange={set} />
    </>
  );
}

interface RecordChoiceProps {
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly wanted: string | null;
  readonly paramKey: ReportsParamKey;
  readonly onChange: (key: ReportsParamKey, value: string) => void;
  /** Shown instead of the choice when there is nothing to report on. */
  readonly empty: ReactNode;
  readonly actions: (id: string) => ReactNode;
}

/** Which record a report is about, or what to do first when there is none. */
function RecordChoice(props: RecordChoiceProps) {
  const { label, choices, wanted, paramKey, onChange, empty, actions } = props;
  const value = chosen(choices, wanted);
  if (value === null) return <>{empty}</>;
  return (
    <>
      <SelectField
        label={label}
        value={value}
        options={choices}
        onChange={(next) => {
          onChange(paramKey, next);
        }}
      />
      {actions(value)}
    </>
  );
}

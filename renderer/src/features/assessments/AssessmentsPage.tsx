import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { TeamRecord } from '../../domain/records/teams';
import {
  ASSESSMENT_STATUS_LABELS,
  levelText,
  OVERALL_SCORE_LABEL,
} from '../../domain/words/assessments';
import { formatScore } from '../../domain/maturity/scoring';
import { NeedsTeam } from '../../session/NeedsTeam';
import { formatIsoDate } from '../../domain/dates/format';
import { LevelHistory } from './LevelHistory';
import { ScoringRule } from './ScoringRule';
import { useTeamAssessments } from './team-assessments';

/** /assessments — the team's assessments, newest first, and its level history. */
export function AssessmentsPage() {
  return (
    <>
      <PageHeader
        title="Assessments"
        description="Recovery maturity, scored on five levels in four areas."
        actions={
          <>
            <Link className="button" to="/assessments/targets">
              Targets and gaps
            </Link>
            <Link className="button" to="/assessments/compare">
              Compare
            </Link>
            <Link className="button primary" to="/assessments/new">
              Start an assessment
            </Link>
          </>
        }
      />
      <NeedsTeam>{(team) => <TeamAssessmentList team={team} />}</NeedsTeam>
    </>
  );
}

function TeamAssessmentList({ team }: { readonly team: TeamRecord }) {
  const data = useTeamAssessments(team.id);
  if (data === undefined) return null;
  if (data.scored.length === 0) {
    return (
      <EmptyState title={`${team.name} has no assessments yet`}>
        <p>
          A maturity self-assessment scores how well {team.name} recovers from failure in four areas
          — people and culture, process and governance, technology and tools, measurement and
          metrics — on five levels from Initial to Optimising, with evidence for every answer.
        </p>
        <p>
          <Link to="/assessments/new">Start the first assessment</Link>.
        </p>
      </EmptyState>
    );
  }
  const newestFirst = [...data.scored].reverse();
  return (
    <>
      <section className="card" aria-labelledby="assessment-list-heading">
        <h2 id="assessment-list-heading">{team.name}: assessments</h2>
        <table className="data">
          <caption className="visually-hidden">Assessments of {team.name}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Overall level</th>
              <th scope="col">{OVERALL_SCORE_LABEL}</th>
              <th scope="col">Facilitator</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map(({ assessment, model, result }) => (
              <tr key={assessment.id}>
                <td>
                  <Link to={`/assessments/${assessment.id}`}>
                    {formatIsoDate(assessment.takenOn)}
                  </Link>
                </td>
                <td>
                  <span className={`status-badge status-${assessment.status}`}>
                    {ASSESSMENT_STATUS_LABELS[assessment.status]}
                  </span>
                </td>
                <td>
                  {levelText(model, result.overallLevel)}
                  {result.provisional && <span className="muted"> (provisional)</span>}
                </td>
                <td>{formatScore(result.overallScore)}</td>
                <td>{assessment.facilitator}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <LevelHistory scored={data.scored} targets={data.targets} />
      <ScoringRule />
    </>
  );
}

import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { RadarChart } from '../../components/charts/RadarChart';
import { levelName } from '../../domain/maturity/model-types';
import {
  ASSESSMENT_STATUS_LABELS,
  levelText,
  OVERALL_SCORE_LABEL,
} from '../../domain/words/assessments';
import { formatScore } from '../../domain/maturity/scoring';
import { provisionalNote } from '../../domain/maturity/provisional';
import { assessmentTitle, hasSeveralRaters } from '../../domain/maturity/assessment-view';
import { assessmentRadar } from '../../domain/maturity/assessment-radar';
import { useAssessment, type AssessmentData } from './assessment-data';
import { AnswersSummary } from './AnswersSummary';
import { AssessmentActions } from './AssessmentActions';
import { AssessmentMissing } from './AssessmentMissing';
import { EvidenceDrillsProvider } from './evidence-drills';
import { ScoringRule } from './ScoringRule';
import { previousFinal, useTeamAssessments } from './team-assessments';

/** /assessments/:assessmentId — the result of one assessment, and what can be done with it. */
export function AssessmentPage() {
  const { assessmentId } = useParams();
  const data = useAssessment(assessmentId);
  if (data === undefined) return null;
  if (data === null) return <AssessmentMissing />;
  // Keyed by id: after a clone the new assessment's page starts with every section folded.
  return <AssessmentResultView key={data.assessment.id} data={data} />;
}

function AssessmentResultView({ data }: { readonly data: AssessmentData }) {
  const { assessment, model, result } = data;
  const team = useTeamAssessments(assessment.teamId);
  const previous = team && previousFinal(team.scored, assessment);
  const people = assessment.participants.map((person) => person.name).join(', ');
  const raters = assessment.raters.length >= 2 ? ' · rated independently' : '';
  return (
    <>
      <PageHeader
        title={assessmentTitle(assessment)}
        description={`${ASSESSMENT_STATUS_LABELS[assessment.status]} · facilitated by ${assessment.facilitator}${people ? ` with ${people}` : ''}${raters} · model ${model.id}`}
      />
      <AssessmentActions data={data} />
      {result.provisional && (
        <p className="message" role="note">
          {provisionalNote(result.unanswered, hasSeveralRaters(assessment))}
        </p>
      )}
      <section className="card" aria-labelledby="result-heading">
        <h2 id="result-heading">Result</h2>
        <div className="result-summary">
          <div>
            <p className="muted">Overall level (lowest category)</p>
            <p className="stat">{levelText(model, result.overallLevel)}</p>
          </div>
          <div>
            <p className="muted">{OVERALL_SCORE_LABEL}</p>
            <p className="stat">{formatScore(result.overallScore)}</p>
          </div>
        </div>
        <table className="data assessment-table">
          <caption className="visually-hidden">Level and score per category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Level</th>
              <th scope="col">Score</th>
              <th scope="col">Target</th>
              <th scope="col">Previous</th>
            </tr>
          </thead>
          <tbody>
            {model.categories.map((category, index) => {
              const current = result.categories[index];
              const before = previous?.result.categories.find((c) => c.categoryId === category.id);
              const target = team?.targets.get(category.id);
              return (
                <tr key={category.id}>
                  <th scope="row">{category.name}</th>
                  <td>
                    {current?.level} · {levelName(model, current?.level ?? 1)}
                  </td>
                  <td>{formatScore(current?.score ?? 1)}</td>
                  <td>{target ?? '—'}</td>
                  <td>{before ? `${before.level} · ${formatScore(before.score)}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="radar-heading">
        <h2 id="radar-heading">Compared with the previous assessment and the targets</h2>
        <RadarChart
          {...assessmentRadar(
            model,
            result,
            previous && { takenOn: previous.assessment.takenOn, result: previous.result },
            team?.targets ?? new Map(),
          )}
        />
      </section>
      <EvidenceDrillsProvider assessment={assessment}>
        <AnswersSummary data={data} />
      </EvidenceDrillsProvider>
      <ScoringRule />
    </>
  );
}

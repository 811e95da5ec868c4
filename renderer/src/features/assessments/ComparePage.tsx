import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import type { TeamRecord } from '../../domain/records/teams';
import { AGREED_RATER_ID, type AnswerValue } from '../../domain/records/answers';
import { agreedAnswers } from '../../domain/maturity/answers';
import { ANSWER_LABELS, OVERALL_SCORE_LABEL } from '../../domain/words/assessments';
import {
  compareAnswers,
  type ChangeDirection,
  type CriterionChange,
} from '../../domain/maturity/compare';
import { formatScore } from '../../domain/maturity/scoring';
import { NeedsTeam } from '../../session/NeedsTeam';
import { formatIsoDate } from '../../domain/dates/format';
import { useTeamAssessments, type ScoredAssessment } from './team-assessments';

const DIRECTION_LABELS: Readonly<Record<ChangeDirection, string>> = {
  better: 'Better',
  worse: 'Worse',
  changed: 'Changed',
};

/** /assessments/compare?a=…&b=… — every criterion whose agreed answer changed between two. */
export function ComparePage() {
  return (
    <>
      <PageHeader
        title="Compare assessments"
        description="Every criterion whose agreed answer differs between two assessments."
        actions={
          <Link className="button" to="/assessments">
            All assessments
          </Link>
        }
      />
      <NeedsTeam>{(team) => <Compare team={team} />}</NeedsTeam>
    </>
  );
}

function Compare({ team }: { readonly team: TeamRecord }) {
  const data = useTeamAssessments(team.id);
  const [params, setParams] = useSearchParams();
  if (data === undefined) return null;
  if (data.scored.length < 2) {
    return (
      <EmptyState title="Two assessments are needed">
        <p>{team.name} needs at least two assessments to compare.</p>
      </EmptyState>
    );
  }
  const byId = (id: string | null) => data.scored.find((entry) => entry.assessment.id === id);
  // By default the two latest final assessments: a draft in progress is rarely what is compared.
  const finals = data.scored.filter((entry) => entry.assessment.status === 'final');
  const b = byId(params.get('b')) ?? finals.at(-1) ?? data.scored.at(-1);
  const before = (entry: ScoredAssessment) =>
    entry !== b && (b === undefined || entry.assessment.takenOn <= b.assessment.takenOn);
  const a =
    byId(params.get('a')) ??
    finals.filter(before).at(-1) ??
    data.scored.filter((entry) => entry !== b).at(-1);
  const choose = (key: 'a' | 'b', id: string) => {
    const next = new URLSearchParams(params);
    next.set(key, id);
    if (key === 'b' && !next.has('a') && a) next.set('a', a.assessment.id);
    setParams(next, { replace: true });
  };
  return (
    <>
      <div className="card compare-pickers">
        <AssessmentPicker
          label="Earlier"
          scored={data.scored}
          value={a}
          onChange={(id) => {
            choose('a', id);
          }}
        />
        <AssessmentPicker
          label="Later"
          scored={data.scored}
          value={b}
          onChange={(id) => {
            choose('b', id);
          }}
        />
      </div>
      {a && b && <Changes before={a} after={b} />}
    </>
  );
}

interface PickerProps {
  readonly label: string;
  readonly scored: readonly ScoredAssessment[];
  readonly value: ScoredAssessment | undefined;
  readonly onChange: (id: string) => void;
}

function AssessmentPicker({ label, scored, value, onChange }: PickerProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value?.assessment.id ?? ''}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {scored.map(({ assessment, result }) => (
          <option key={assessment.id} value={assessment.id}>
            {formatIsoDate(assessment.takenOn)} ·{' '}
            {assessment.status === 'final' ? 'final' : 'draft'} · score{' '}
            {formatScore(result.overallScore)}
          </option>
        ))}
      </select>
    </div>
  );
}

function plain(entry: ScoredAssessment) {
  const rated = [...(entry.answers.get(AGREED_RATER_ID)?.values() ?? [])];
  return agreedAnswers(rated);
}

function answerText(value: AnswerValue | null): string {
  return value === null ? 'Unanswered' : ANSWER_LABELS[value];
}

function notInModel(entry: ScoredAssessment): string {
  return `Not in ${entry.model.id}`;
}

function ChangeBadge({ change }: { readonly change: CriterionChange }) {
  if (change.presence !== 'both') {
    return (
      <span className="change-badge change-changed">
        {change.presence === 'only-before' ? 'Only in earlier model' : 'Only in later model'}
      </span>
    );
  }
  return (
    <span className={`change-badge change-${change.direction}`}>
      {DIRECTION_LABELS[change.direction]}
    </span>
  );
}

function Changes({
  before,
  after,
}: {
  readonly before: ScoredAssessment;
  readonly after: ScoredAssessment;
}) {
  const changes = compareAnswers(before.model, plain(before), after.model, plain(after));
  const categoryName = (id: string) =>
    after.model.categories.find((c) => c.id === id)?.name ??
    before.model.categories.find((c) => c.id === id)?.name ??
    id;
  const sameModel = before.model.id === after.model.id;
  const onlyOne = changes.filter((change) => change.presence !== 'both').length;
  const caption = `Changed criteria from ${formatIsoDate(before.assessment.takenOn)} to ${formatIsoDate(after.assessment.takenOn)}`;
  return (
    <section className="card" aria-labelledby="changes-heading">
      <h2 id="changes-heading">
        {changes.length === 0 ? 'No criterion changed' : `${changes.length} criteria changed`}
      </h2>
      <p className="muted">
        {OVERALL_SCORE_LABEL} {formatScore(before.result.overallScore)} →{' '}
        {formatScore(after.result.overallScore)}; overall level {before.result.overallLevel} →{' '}
        {after.result.overallLevel}.
      </p>
      {!sameModel && (
        <p className="model-change-note">
          Taken on two models: {before.model.name} ({before.model.id}) and {after.model.name} (
          {after.model.id}). Criteria are matched by id; {onlyOne} only one of the two models has{' '}
          {onlyOne === 1 ? 'is' : 'are'} listed as such.
        </p>
      )}
      {changes.length > 0 && (
        <table className="data">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Criterion</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.criterion.id}>
                <td>
                  {categoryName(change.criterion.categoryId)} · L{change.criterion.level}
                </td>
                <td>{change.criterion.text}</td>
                <td>
                  {change.presence === 'only-after'
                    ? notInModel(before)
                    : answerText(change.before)}
                </td>
                <td>
                  {change.presence === 'only-before' ? notInModel(after) : answerText(change.after)}
                </td>
                <td>
                  <ChangeBadge change={change} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

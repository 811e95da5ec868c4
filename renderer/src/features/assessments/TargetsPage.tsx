import { useId } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { repos } from '../../db/app-db';
import type { TeamRecord } from '../../domain/records/teams';
import { AGREED_RATER_ID } from '../../domain/records/answers';
import { ANSWER_LABELS } from '../../domain/words/assessments';
import { gapList } from '../../domain/maturity/gaps';
import { levelName } from '../../domain/maturity/model-types';
import type { MaturityModel } from '../../domain/maturity/model-types';
import { useTeamModel } from './team-model';
import { toast } from '../../stores/toast.store';
import { NeedsTeam } from '../../session/NeedsTeam';
import { valuesOf } from '../../domain/maturity/assessment-view';
import { formatIsoDate } from '../../domain/dates/format';
import { messagesOf } from '../../domain/outcome';
import { GapActionItem } from './GapActionItem';
import { latestFinal, useTeamAssessments, type ScoredAssessment } from './team-assessments';

/** /assessments/targets — target level per category, and the gap from the latest assessment. */
export function TargetsPage() {
  return (
    <>
      <PageHeader
        title="Targets and gaps"
        description="Where the team wants to be, and the criteria between here and there."
        actions={
          <Link className="button" to="/assessments">
            All assessments
          </Link>
        }
      />
      <NeedsTeam>{(team) => <Targets team={team} />}</NeedsTeam>
    </>
  );
}

function Targets({ team }: { readonly team: TeamRecord }) {
  const data = useTeamAssessments(team.id);
  const teamModel = useTeamModel(team);
  if (data === undefined || teamModel === undefined) return null;
  const model = teamModel.model;
  // Targets are set for the categories of the model the team uses now; the gap is read from the
  // latest final assessment with its own model.
  const latest = latestFinal(data.scored);
  return (
    <>
      <section className="card" aria-labelledby="targets-heading">
        <h2 id="targets-heading">Target level per category</h2>
        <div className="target-grid">
          {model?.categories.map((category) => (
            <TargetSelect
              model={model}
              key={category.id}
              teamId={team.id}
              categoryId={category.id}
              label={category.name}
              value={data.targets.get(category.id) ?? null}
              current={
                latest?.result.categories.find((c) => c.categoryId === category.id)?.level ?? null
              }
            />
          ))}
        </div>
      </section>
      {latest === undefined ? (
        <EmptyState title="No final assessment yet">
          <p>The gap is worked out from the latest final assessment. Finalise one to see it.</p>
        </EmptyState>
      ) : (
        <GapList latest={latest} targets={data.targets} />
      )}
    </>
  );
}

interface TargetSelectProps {
  readonly model: MaturityModel;
  readonly teamId: string;
  readonly categoryId: string;
  readonly label: string;
  readonly value: number | null;
  readonly current: number | null;
}

function TargetSelect({ model, teamId, categoryId, label, value, current }: TargetSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? '' : String(value)}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          void repos.targets.set(teamId, categoryId, Number(event.target.value)).then((result) => {
            if (result.ok) toast.success(`Target for ${label} set to level ${result.value.level}.`);
            else toast.error(messagesOf(result.errors)[0] ?? 'The target could not be saved.');
          });
        }}
      >
        {value === null && <option value="">No target</option>}
        {model.levels.map((level) => (
          <option key={level.level} value={String(level.level)}>
            {level.level} · {level.name}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="hint">
        {current === null ? 'No final assessment yet' : `Now at level ${current}`}
      </span>
    </div>
  );
}

function GapList({
  latest,
  targets,
}: {
  readonly latest: ScoredAssessment;
  readonly targets: ReadonlyMap<string, number>;
}) {
  const { assessment, model, answers, result } = latest;
  const gaps = gapList(model, result, valuesOf(answers, AGREED_RATER_ID), targets);
  const total = gaps.reduce((sum, category) => sum + category.gaps.length, 0);
  return (
    <section className="card" aria-labelledby="gap-heading">
      <h2 id="gap-heading">Gap to the targets</h2>
      <p className="muted">
        From the assessment of{' '}
        <Link to={`/assessments/${assessment.id}`}>{formatIsoDate(assessment.takenOn)}</Link>.{' '}
        {total === 0
          ? 'Every category is at or above its target.'
          : `${total} criteria stand between the team and its targets.`}
      </p>
      {gaps
        .filter((category) => category.gaps.length > 0)
        .map((category) => (
          <div key={category.categoryId} className="gap-category">
            <h3>
              {model.categories.find((c) => c.id === category.categoryId)?.name}: level{' '}
              {category.current} → {category.target} ({levelName(model, category.target)})
            </h3>
            <ul className="gap-list">
              {category.gaps.map((gap) => (
                <li key={gap.criterion.id}>
                  <p>
                    <strong>Level {gap.criterion.level}:</strong> {gap.criterion.text}{' '}
                    <span className="muted">
                      (answered {gap.value === null ? 'nothing' : ANSWER_LABELS[gap.value]})
                    </span>
                  </p>
                  <p className="hint">Evidence: {gap.criterion.guidance}</p>
                  <GapActionItem
                    teamId={assessment.teamId}
                    assessmentId={assessment.id}
                    criterion={gap.criterion}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}

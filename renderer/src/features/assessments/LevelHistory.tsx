import { LevelStepChart } from '../../components/charts/LevelStepChart';
import { levelHistory, modelChangeNote } from '../../domain/maturity/level-history';
import { type ScoredAssessment } from './team-assessments';
import { formatIsoMonth } from '../../domain/dates/format';

interface LevelHistoryProps {
  readonly scored: readonly ScoredAssessment[];
  readonly targets: ReadonlyMap<string, number>;
}

/**
 * One step chart per category: its level at every final assessment, with the target line. Each
 * level is read on the model its assessment was taken with; where the team switched models, the
 * chart marks it and the note says from which to which.
 */
export function LevelHistory({ scored, targets }: LevelHistoryProps) {
  const finals = scored.filter((entry) => entry.assessment.status === 'final');
  const latest = finals.at(-1);
  if (latest === undefined) return null;
  const levelNames = latest.model.levels.map((level) => level.name);
  const history = levelHistory(
    finals.map((entry) => ({
      label: formatIsoMonth(entry.assessment.takenOn),
      model: entry.model,
      result: entry.result,
    })),
  );
  const note = modelChangeNote(history.modelChanges);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Level history per category</h2>
      <p className="muted">
        Each final assessment, oldest on the left. The dashed line is the target level.
      </p>
      {note !== null && <p className="model-change-note">{note}</p>}
      <div className="chart-grid-layout">
        {history.categories.map((category) => (
          <div key={category.id}>
            <h3>{category.name}</h3>
            {category.absentFrom > 0 && (
              <p className="muted">
                Not in the model of {category.absentFrom} of these assessments.
              </p>
            )}
            <LevelStepChart
              title={`${category.name}: level at each assessment`}
              levelNames={levelNames}
              target={targets.get(category.id) ?? null}
              points={category.points}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

import { LevelStepChart } from '../../components/charts/LevelStepChart';
import { CURRENT_MODEL } from '../../domain/maturity/models';
import { type ScoredAssessment } from './team-assessments';
import { formatIsoMonth } from '../../domain/dates/format';

interface LevelHistoryProps {
  readonly scored: readonly ScoredAssessment[];
  readonly targets: ReadonlyMap<string, number>;
}

/** One step chart per category: its level at every final assessment, with the target line. */
export function LevelHistory({ scored, targets }: LevelHistoryProps) {
  const finals = scored.filter((entry) => entry.assessment.status === 'final');
  if (finals.length === 0) return null;
  const levelNames = CURRENT_MODEL.levels.map((level) => level.name);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Level history per category</h2>
      <p className="muted">
        Each final assessment, oldest on the left. The dashed line is the target level.
      </p>
      <div className="chart-grid-layout">
        {CURRENT_MODEL.categories.map((category) => (
          <div key={category.id}>
            <h3>{category.name}</h3>
            <LevelStepChart
              title={`${category.name}: level at each assessment`}
              levelNames={levelNames}
              target={targets.get(category.id) ?? null}
              points={finals.map((entry) => ({
                label: formatIsoMonth(entry.assessment.takenOn),
                level:
                  entry.result.categories.find((c) => c.categoryId === category.id)?.level ?? 1,
              }))}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

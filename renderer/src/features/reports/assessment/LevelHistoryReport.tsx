// The level of each category at every final assessment up to this one: the history screen's
// step charts, two to a row.
import { LevelStepChart } from '../../../components/charts/LevelStepChart';
import type { History } from '../../../domain/reports/assessment-report-summary';
import { ReportSection } from '../ReportFrame';

export function LevelHistoryReport({ history }: { readonly history: History }) {
  return (
    <ReportSection id="report-history" title="Level history">
      <div className="report-history">
        <p className="report-note">{history.note}</p>
        <div className="report-history-grid">
          {history.categories.map((category) => (
            <div key={category.id} className="report-keep">
              <h3>{category.name}</h3>
              <LevelStepChart
                title={category.title}
                levelNames={history.levelNames}
                target={category.target}
                points={category.points}
              />
            </div>
          ))}
        </div>
      </div>
    </ReportSection>
  );
}

import { countOf } from '../../domain/text/plural';
import { TeamRecordsIntro } from '../TeamRecordsIntro';

export function TrendsPage() {
  return (
    <TeamRecordsIntro
      title="Trends"
      description="How recovery time and maturity change over months."
      heading={(team, summary) =>
        `${team.name}: trends draw on ${countOf(summary.drills, 'drill', 'drills')} and ${countOf(summary.assessments, 'assessment', 'assessments')}`
      }
    >
      {() => (
        <p>
          Trends show recovery times as medians and 90th percentiles with the number of drills
          behind them, and flag figures drawn from fewer than five drills as not reliable.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

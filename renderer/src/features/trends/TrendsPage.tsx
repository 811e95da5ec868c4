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
          Trend charts are not in this version yet. Each drill&apos;s own measures are on its page
          under Drills, and each assessment&apos;s level history is on its result page.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

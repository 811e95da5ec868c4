import { countOf } from '../../domain/text/plural';
import { TeamRecordsIntro } from '../TeamRecordsIntro';

export function ReportsPage() {
  return (
    <TeamRecordsIntro
      title="Reports"
      description="PDF reports of assessments, drills and trends, for leadership."
      heading={(team, summary) =>
        `${team.name}: ${countOf(summary.assessments, 'assessment', 'assessments')} and ${countOf(summary.drills, 'drill', 'drills')} to report on`
      }
    >
      {() => (
        <p>
          Reports are made from recorded assessments and drills: one per assessment, one per drill,
          and a trend report for a chosen period.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

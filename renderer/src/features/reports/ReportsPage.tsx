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
          PDF reports are not in this version yet. Everything they will draw on is already kept:
          every assessment, drill and action item you record here.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

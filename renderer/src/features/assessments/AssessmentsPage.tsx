import { countOf } from '../../domain/text/plural';
import { TeamRecordsIntro } from '../TeamRecordsIntro';

export function AssessmentsPage() {
  return (
    <TeamRecordsIntro
      title="Assessments"
      description="Recovery maturity, scored on five levels in four areas."
      heading={(team, summary) =>
        `${team.name}: ${countOf(summary.assessments, 'assessment', 'assessments')} recorded`
      }
    >
      {(team) => (
        <p>
          A maturity self-assessment scores how well {team.name} recovers from failure in four areas
          — people and culture, process and governance, technology and tools, measurement and
          metrics — on five levels from Initial to Optimising, with evidence for every answer.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

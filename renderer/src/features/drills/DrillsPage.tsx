import { countOf } from '../../domain/text/plural';
import { TeamRecordsIntro } from '../TeamRecordsIntro';

export function DrillsPage() {
  return (
    <TeamRecordsIntro
      title="Drills"
      description="Game days: planned failure drills, timed phase by phase."
      heading={(team, summary) =>
        `${team.name}: ${countOf(summary.drills, 'drill', 'drills')} recorded`
      }
    >
      {(team) => (
        <p>
          A drill injects a planned failure into one of {team.name}&apos;s services and times the
          recovery: detect, acknowledge, diagnose, mitigate, verify and close, each against its
          target.
        </p>
      )}
    </TeamRecordsIntro>
  );
}

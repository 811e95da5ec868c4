import { useId } from 'react';
import { selectTeam, useTeamContext } from '../session/team-context';
import { toast } from '../stores/toast.store';

/** Always in the header: which team the screens show. */
export function TeamSwitcher() {
  const { teams, current } = useTeamContext();
  const id = useId();
  return (
    <div className="team-switcher">
      <label htmlFor={id}>Team</label>
      <select
        id={id}
        value={current?.id ?? ''}
        disabled={teams.length === 0}
        onChange={(event) => {
          selectTeam(event.target.value).catch(() => {
            toast.error('Could not switch team: the choice was not saved.');
          });
        }}
      >
        {teams.length === 0 && <option value="">No teams yet</option>}
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </div>
  );
}

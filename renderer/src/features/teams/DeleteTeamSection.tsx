import { useState } from 'react';
import { useNavigate } from 'react-router';
import { repos } from '../../db/app-db';
import type { TeamRecord } from '../../domain/records/teams';
import type { TeamDataSummary } from '../../db/repositories/teams.repository';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { toast } from '../../stores/toast.store';

function describe(summary: TeamDataSummary): string {
  const parts = [
    [summary.services, 'service', 'services'],
    [summary.people, 'person', 'people'],
    [summary.assessments, 'assessment', 'assessments'],
    [summary.drills, 'drill', 'drills'],
    [summary.actionItems, 'action item', 'action items'],
  ] as const;
  const named = parts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  return named.length === 0 ? 'It has nothing else recorded.' : `With it go ${named.join(', ')}.`;
}

/** Deleting a team deletes everything recorded for it, so the dialog says exactly what. */
export function DeleteTeamSection({ team }: { readonly team: TeamRecord }) {
  const navigate = useNavigate();
  const [summary, setSummary] = useState<TeamDataSummary | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask() {
    try {
      setSummary(await repos.teams.summarise(team.id));
    } catch {
      toast.error('Could not read what this team holds; nothing was deleted.');
    }
  }

  async function confirm() {
    setBusy(true);
    try {
      await repos.teams.remove(team.id);
      toast.success(`Team “${team.name}” deleted.`);
      setSummary(null);
      void navigate('/teams');
    } catch {
      toast.error('The team could not be deleted. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="delete-team-heading">
      <h2 id="delete-team-heading">Delete team</h2>
      <p>Deletes the team and everything recorded for it on this computer.</p>
      <button type="button" className="button danger" onClick={() => void ask()}>
        Delete team…
      </button>
      <ConfirmDialog
        open={summary !== null}
        title={`Delete team “${team.name}”?`}
        confirmLabel="Delete team and its data"
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setSummary(null);
        }}
      >
        {summary !== null && <p>{describe(summary)} This cannot be undone.</p>}
      </ConfirmDialog>
    </section>
  );
}

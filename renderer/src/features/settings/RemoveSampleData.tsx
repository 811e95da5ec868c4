import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import { describeSampleData } from '../../domain/demo/sample-data';
import { toast } from '../../stores/toast.store';

/**
 * Removes the sample teams and everything they own in one action, after a confirmation that names
 * them. The user's own teams are never touched (domain/demo/sample-data decides which are which).
 */
export function RemoveSampleData() {
  const summary = useLive(() => repos.demo.summariseSample(), []);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const sentence = summary === undefined ? null : describeSampleData(summary);

  async function confirm() {
    setBusy(true);
    try {
      const removed = await repos.demo.removeSample();
      const count = removed.teams.length;
      toast.success(`Sample data removed: ${count} sample ${count === 1 ? 'team' : 'teams'}.`);
      setAsking(false);
    } catch {
      toast.error('The sample data could not be removed. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  }

  if (sentence === null) {
    return summary === undefined ? null : <p className="muted">No sample data is loaded.</p>;
  }
  return (
    <div>
      <button
        type="button"
        className="button danger"
        onClick={() => {
          setAsking(true);
        }}
      >
        Remove sample data…
      </button>
      <ConfirmDialog
        open={asking}
        title="Remove the sample data?"
        confirmLabel="Remove sample data"
        danger
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setAsking(false);
        }}
      >
        <p>{sentence} This cannot be undone.</p>
      </ConfirmDialog>
    </div>
  );
}

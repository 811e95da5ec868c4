import { useState } from 'react';
import { toast } from '../../stores/toast.store';
import { loadDemoData } from './load-demo';

interface LoadDemoButtonProps {
  readonly onLoaded?: () => void;
}

export function LoadDemoButton({ onLoaded }: LoadDemoButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function load() {
    setBusy(true);
    try {
      const outcome = await loadDemoData();
      if (!outcome.ok) {
        setError(outcome.errors.form);
        return;
      }
      setError(undefined);
      toast.success(`Demo data loaded: ${outcome.value} sample teams.`);
      onLoaded?.();
    } catch {
      setError('The demo data could not be saved. Nothing was changed.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <button type="button" className="button" disabled={busy} onClick={() => void load()}>
        {busy ? 'Loading demo data…' : 'Load demo data'}
      </button>
      {error !== undefined && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

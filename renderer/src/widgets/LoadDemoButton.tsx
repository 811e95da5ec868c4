import { FormError } from '../components/FormError';
import { useSubmit } from '../components/use-submit';
import { toast } from '../stores/toast.store';
import { loadDemoData } from './load-demo';

interface LoadDemoButtonProps {
  readonly onLoaded?: () => void;
}

export function LoadDemoButton({ onLoaded }: LoadDemoButtonProps) {
  const { errors, busy, run } = useSubmit<number>(
    'The demo data could not be saved. Nothing was changed.',
  );
  const load = () =>
    run(
      () => loadDemoData(),
      (teams) => {
        toast.success(`Demo data loaded: ${teams} sample teams.`);
        onLoaded?.();
      },
    );
  return (
    <div>
      <button type="button" className="button" disabled={busy} onClick={() => void load()}>
        {busy ? 'Loading demo data…' : 'Load demo data'}
      </button>
      <FormError message={errors.form} />
    </div>
  );
}

import { useToasts } from '../stores/toast.store';
import './storage-alert.css';

/** A problem that must not fade away on its own, such as a full disk. */
export function StorageAlert() {
  const alert = useToasts((state) => state.alert);
  // The region is always present so screen readers announce the text when it appears.
  return (
    <div className="storage-alert-region" role="alert">
      {alert === null ? null : (
        <div className="storage-alert message error">
          <p>{alert}</p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              useToasts.getState().dismissAlert();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}

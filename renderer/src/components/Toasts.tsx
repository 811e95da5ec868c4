import { useToasts } from '../stores/toast.store';

/**
 * The message region: confirmations and failures in the page's own flow, where it is placed, so a
 * message never lies over a control. Confirmations are announced politely and fade; failures are
 * announced at once and stay until dismissed, each with its Dismiss button in the tab order. Both
 * regions are always present, so a screen reader hears what is added to them.
 */
export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  return (
    <div className="toast-region" data-testid="messages">
      <div role="alert">
        {toasts
          .filter((item) => item.kind === 'error')
          .map((item) => (
            <div key={item.id} className="toast error">
              <p>{item.text}</p>
              <button
                type="button"
                className="button small"
                aria-label={`Dismiss: ${item.text}`}
                onClick={() => {
                  useToasts.getState().dismiss(item.id);
                }}
              >
                Dismiss
              </button>
            </div>
          ))}
      </div>
      <div role="status" aria-live="polite">
        {toasts
          .filter((item) => item.kind === 'success')
          .map((item) => (
            <div key={item.id} className="toast success">
              <p>{item.text}</p>
              {item.action !== undefined && (
                <>
                  <button type="button" className="button small" onClick={item.action.run}>
                    {item.action.label}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Dismiss: ${item.text}`}
                    onClick={() => {
                      useToasts.getState().dismiss(item.id);
                    }}
                  >
                    Dismiss
                  </button>
                </>
              )}
            </div>
          ))}
      </div>
    </div>
  );
}

import { useToasts } from '../stores/toast.store';

export function Toasts() {
  const toasts = useToasts((state) => state.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((item) => (
        <div key={item.id} className={`toast ${item.kind}`}>
          {item.text}
        </div>
      ))}
    </div>
  );
}

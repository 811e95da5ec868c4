import { platform } from '../../platform/platform';
import { toast } from '../../stores/toast.store';

const PLACED: Readonly<Record<string, string>> = {
  'second-display': 'Presenter opened full screen on the second display.',
  'same-display': 'Presenter opened in its own window: drag it to the projector.',
  'browser-window': 'Presenter opened in a new window: drag it to the projector.',
};

/**
 * Opens the drill's presenter in a window of its own, for the projector, while this screen keeps
 * the controls. The shell opens it (the desktop app on the second display), never the page.
 */
export function OpenPresenterButton({ drillId }: { readonly drillId: string }) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        void platform()
          .openPresenter(drillId)
          .then((result) => {
            if (result.ok) toast.success(PLACED[result.value.placement] ?? 'Presenter opened.');
            else toast.error(result.message);
          });
      }}
    >
      Presenter window
    </button>
  );
}

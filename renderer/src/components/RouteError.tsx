import { useRouteError } from 'react-router';

/**
 * Shown when a screen fails to render. The data is safe in the database; the message says so and
 * offers a reload, instead of leaving a blank window.
 */
export function RouteError() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="app-main">
      <h1>Something went wrong on this screen</h1>
      <p>Your recorded data is stored safely and was not changed.</p>
      <p className="muted">Details: {detail}</p>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          window.location.reload();
        }}
      >
        Reload
      </button>
    </main>
  );
}

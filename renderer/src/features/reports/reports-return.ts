// A report opened from the Reports screen carries that screen's own address, so the report's
// "Back" returns to the same choices: the desktop shell has no browser Back button, and the
// report's usual way back (to the assessment, the drill or Trends) would lose them. Only the
// Reports screen's path is honoured, since the value sits in a URL anyone can edit.

/** The search param of a report view that holds the Reports screen's location. */
export const RETURN_PARAM = 'back';
const SCREEN = '/reports';

/** What the report's back link says when it returns to the Reports screen. */
export const RETURN_LABEL = 'Reports';

/** A report's route that returns to `screen`, the Reports screen as it is now (path and search). */
export function withReturn(
  route: string,
  screen: { readonly pathname: string; readonly search: string },
): string {
  const back = new URLSearchParams({ [RETURN_PARAM]: `${screen.pathname}${screen.search}` });
  return `${route}${route.includes('?') ? '&' : '?'}${back.toString()}`;
}

/** The Reports screen's location a report view should return to, or null when it has none. */
export function returnTo(params: URLSearchParams): string | null {
  const value = params.get(RETURN_PARAM);
  if (value === null) return null;
  return value === SCREEN || value.startsWith(`${SCREEN}?`) ? value : null;
}

// The presenter window: a drill's clocks on a screen of their own (a projector). The renderer asks
// for it by naming the drill only; main builds the URL from the id (never from the renderer's text),
// makes the window with the app's secure factory and places it. The web shell opens the same route.

/** Drill ids are UUIDs (crypto.randomUUID, or the demo data's seeded equivalent). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The query parameter that tells the presenter it has a window of its own (Escape closes it). */
export const PRESENTER_WINDOW_PARAM = 'window';

/** The in-app route (after `#`) of a drill's presenter in a window of its own. */
export function presenterWindowRoute(drillId: string): string {
  if (!isUuid(drillId)) throw new Error('A presenter window names a drill by its UUID.');
  return `/drills/${drillId}/present?${PRESENTER_WINDOW_PARAM}=own`;
}

export interface PresenterOutcome {
  /** Where the window went: the second display (full screen), or beside the app window. */
  readonly placement: 'second-display' | 'same-display' | 'browser-window';
}

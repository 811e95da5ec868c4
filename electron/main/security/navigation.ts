// Policy for everything that could take the app window somewhere else. The app is one page on its
// own origin with hash routing, so no legitimate flow ever leaves it: every other destination is
// either an allow-listed link for the OS browser or refused.
import { isAllowedExternalUrl } from '../../shared/external-links';
import { isAppUrl } from './app-url';

export type NavigationDecision = 'allow' | 'deny' | { readonly openExternal: string };

/** For will-navigate, will-redirect and will-frame-navigate. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isAllowedExternalUrl(url)) return { openExternal: url };
  return 'deny';
}

/**
 * For window.open and target=_blank links. A page never opens a window, not even one on its own
 * origin: the only second window, the presenter, is made by main (presenter/presenter-windows.ts)
 * from a drill id, with the same secure factory, so no page decides what another window loads.
 */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, 'allow'> {
  const decision = decideNavigation(url);
  return decision === 'allow' ? 'deny' : decision;
}

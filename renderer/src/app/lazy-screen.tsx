import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';

function ScreenLoading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

/**
 * A route whose screen is loaded on first visit, so its module and everything only it imports
 * stay out of the JavaScript loaded at start: `lazyScreen('teams', () => import('…/TeamsPage'),
 * 'TeamsPage')`. `fallback` is shown while it loads when the app is opened straight on the route.
 */
export function lazyScreen<K extends string, M extends Record<K, ComponentType>>(
  path: string,
  load: () => Promise<M>,
  name: K,
  fallback: ReactNode = <ScreenLoading />,
): RouteObject {
  return {
    path,
    lazy: async () => ({ Component: (await load())[name] }),
    hydrateFallbackElement: fallback,
  };
}

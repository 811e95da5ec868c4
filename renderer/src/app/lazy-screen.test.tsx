import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyScreen } from './lazy-screen';

function Screen() {
  return <h1>Teams</h1>;
}

describe('lazyScreen', () => {
  it('loads its module only when the route is first visited, and gives the named screen', async () => {
    let loads = 0;
    const route = lazyScreen(
      'teams',
      () => {
        loads++;
        return Promise.resolve({ TeamsPage: Screen, Other: () => null });
      },
      'TeamsPage',
    );
    expect(route.path).toBe('teams');
    expect(loads).toBe(0);
    if (typeof route.lazy !== 'function') throw new Error('The route is not lazy.');
    const loaded = await route.lazy();
    expect(loads).toBe(1);
    expect(loaded.Component).toBe(Screen);
  });

  it('says it is loading while the screen loads, unless given its own words', () => {
    const load = () => Promise.resolve({ TeamsPage: Screen });
    const plain = lazyScreen('teams', load, 'TeamsPage');
    const own = lazyScreen('teams', load, 'TeamsPage', <p role="status">Loading trends…</p>);
    expect(renderToStaticMarkup(<>{plain.hydrateFallbackElement}</>)).toContain('Loading…');
    expect(renderToStaticMarkup(<>{own.hydrateFallbackElement}</>)).toContain('Loading trends…');
  });
});

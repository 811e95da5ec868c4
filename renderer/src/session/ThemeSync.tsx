import { useEffect } from 'react';
import { repos } from '../db/app-db';
import { useLive } from '../db/live';

/**
 * Applies the theme preference. "system" leaves the choice to the OS (prefers-color-scheme); a
 * facilitator can force light for a washed-out projector or dark for a dim room.
 */
export function ThemeSync() {
  const theme = useLive(() => repos.settings.get('theme'), []);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  return null;
}

import type { MenuCommand } from '@shared/platform-api';

export interface NavItem {
  readonly path: string;
  readonly label: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Home' },
  { path: '/teams', label: 'Teams' },
  { path: '/assessments', label: 'Assessments' },
  { path: '/drills', label: 'Drills' },
  { path: '/trends', label: 'Trends' },
  { path: '/incidents', label: 'Incidents' },
  { path: '/reports', label: 'Reports' },
  { path: '/portfolio', label: 'Portfolio' },
  { path: '/settings', label: 'Settings' },
];

/** Where each native menu command takes the user. */
export const MENU_ROUTES: Readonly<Record<MenuCommand, string>> = {
  'go:home': '/',
  'go:teams': '/teams',
  'go:assessments': '/assessments',
  'go:drills': '/drills',
  'go:trends': '/trends',
  'go:reports': '/reports',
  'go:settings': '/settings',
  'team:new': '/teams/new',
  // Settings → Data starts the action itself (AppFrame passes the command in the route state).
  'data:backup': '/settings',
  'data:restore': '/settings',
};

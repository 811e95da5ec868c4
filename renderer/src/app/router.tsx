import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { HomePage } from '../features/home/HomePage';
import { TeamsPage } from '../features/teams/TeamsPage';
import { AssessmentsPage } from '../features/assessments/AssessmentsPage';
import { DrillsPage } from '../features/drills/DrillsPage';
import { TrendsPage } from '../features/trends/TrendsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

// Hash routing: both shells serve one static index.html, so a route never depends on the server
// (custom protocol or 127.0.0.1) knowing about it, and a reload always lands on the same screen.
export const router = createHashRouter([
  {
    element: <AppFrame />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'teams', element: <TeamsPage /> },
      { path: 'teams/:teamId', element: <TeamsPage /> },
      { path: 'assessments', element: <AssessmentsPage /> },
      { path: 'drills', element: <DrillsPage /> },
      { path: 'trends', element: <TrendsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { lazyScreen } from './lazy-screen';
import { NotFound } from './NotFound';
import { RouteError } from '../components/RouteError';
import { HomePage } from '../features/home/HomePage';
import { ReportRouteError } from '../features/reports/ReportRouteError';
import { REPORT_ROUTES, reportComponent } from '../features/reports/report-routes';

function ReportLoading() {
  return (
    <main className="app-main">
      <p className="muted" role="status">
        Loading the report…
      </p>
    </main>
  );
}

// Hash routing: both shells serve one static index.html, so a route never depends on the server
// (custom protocol or 127.0.0.1) knowing about it, and a reload always lands on the same screen.
// Home, the first screen, is in the JavaScript loaded at start; every other screen is loaded on
// first visit (lazyScreen), so a new screen adds nothing to the start.
export const router = createHashRouter([
  // The presenter view fills the screen for a projector, outside the app frame.
  {
    ...lazyScreen(
      'drills/:drillId/present',
      () => import('../features/drills/PresenterPage'),
      'PresenterPage',
    ),
    errorElement: <RouteError />,
  },
  // Printable reports: a sheet of paper, no app frame. Loaded on first use (charts and print styles).
  ...REPORT_ROUTES.map((route) => ({
    path: route.path,
    errorElement: <ReportRouteError />,
    hydrateFallbackElement: <ReportLoading />,
    lazy: async () => ({ Component: await reportComponent(route) }),
  })),
  {
    element: <AppFrame />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      lazyScreen('teams', () => import('../features/teams/TeamsPage'), 'TeamsPage'),
      lazyScreen('portfolio', () => import('../features/portfolio/PortfolioPage'), 'PortfolioPage'),
      lazyScreen('teams/:teamId', () => import('../features/teams/TeamsPage'), 'TeamsPage'),
      lazyScreen(
        'assessments',
        () => import('../features/assessments/AssessmentsPage'),
        'AssessmentsPage',
      ),
      lazyScreen(
        'assessments/new',
        () => import('../features/assessments/StartAssessmentPage'),
        'StartAssessmentPage',
      ),
      lazyScreen(
        'assessments/targets',
        () => import('../features/assessments/TargetsPage'),
        'TargetsPage',
      ),
      lazyScreen(
        'assessments/compare',
        () => import('../features/assessments/ComparePage'),
        'ComparePage',
      ),
      lazyScreen(
        'assessments/:assessmentId',
        () => import('../features/assessments/AssessmentPage'),
        'AssessmentPage',
      ),
      lazyScreen(
        'assessments/:assessmentId/reconcile',
        () => import('../features/assessments/ReconcilePage'),
        'ReconcilePage',
      ),
      lazyScreen(
        'assessments/:assessmentId/answer/:raterId/:categoryId',
        () => import('../features/assessments/TakeAssessmentPage'),
        'TakeAssessmentPage',
      ),
      lazyScreen('drills', () => import('../features/drills/DrillsPage'), 'DrillsPage'),
      lazyScreen('drills/new', () => import('../features/drills/PlanDrillPage'), 'PlanDrillPage'),
      lazyScreen(
        'drills/scenarios',
        () => import('../features/drills/ScenariosPage'),
        'ScenariosPage',
      ),
      lazyScreen(
        'drills/scenarios/new',
        () => import('../features/drills/ScenarioEditPage'),
        'ScenarioEditPage',
      ),
      lazyScreen(
        'drills/scenarios/:scenarioId',
        () => import('../features/drills/ScenarioEditPage'),
        'ScenarioEditPage',
      ),
      lazyScreen(
        'drills/:drillId',
        () => import('../features/drills/DrillDetailPage'),
        'DrillDetailPage',
      ),
      lazyScreen(
        'drills/:drillId/edit',
        () => import('../features/drills/PlanDrillPage'),
        'EditDrillPlanPage',
      ),
      lazyScreen('drills/:drillId/run', () => import('../features/drills/RunPage'), 'RunPage'),
      lazyScreen(
        'drills/:drillId/review',
        () => import('../features/drills/ReviewPage'),
        'ReviewPage',
      ),
      lazyScreen(
        'trends',
        () => import('../features/trends/TrendsPage'),
        'TrendsPage',
        // Shown in the frame while the module loads when the app is opened straight on Trends.
        <p className="muted" role="status">
          Loading trends…
        </p>,
      ),
      lazyScreen('incidents', () => import('../features/incidents/IncidentsPage'), 'IncidentsPage'),
      lazyScreen(
        'incidents/import',
        () => import('../features/incidents/ImportIncidentsPage'),
        'ImportIncidentsPage',
      ),
      lazyScreen(
        'incidents/:incidentId',
        () => import('../features/incidents/IncidentPage'),
        'IncidentPage',
      ),
      lazyScreen('reports', () => import('../features/reports/ReportsPage'), 'ReportsPage'),
      lazyScreen('settings', () => import('../features/settings/SettingsPage'), 'SettingsPage'),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

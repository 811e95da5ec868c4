import { createHashRouter } from 'react-router';
import { AppFrame } from './AppFrame';
import { NotFound } from './NotFound';
import { RouteError } from './RouteError';
import { HomePage } from '../features/home/HomePage';
import { TeamsPage } from '../features/teams/TeamsPage';
import { AssessmentsPage } from '../features/assessments/AssessmentsPage';
import { AssessmentPage } from '../features/assessments/AssessmentPage';
import { ComparePage } from '../features/assessments/ComparePage';
import { ReconcilePage } from '../features/assessments/ReconcilePage';
import { StartAssessmentPage } from '../features/assessments/StartAssessmentPage';
import { TakeAssessmentPage } from '../features/assessments/TakeAssessmentPage';
import { TargetsPage } from '../features/assessments/TargetsPage';
import { DrillsPage } from '../features/drills/DrillsPage';
import { DrillDetailPage } from '../features/drills/DrillDetailPage';
import { EditDrillPlanPage, PlanDrillPage } from '../features/drills/PlanDrillPage';
import { PresenterPage } from '../features/drills/PresenterPage';
import { ReviewPage } from '../features/drills/ReviewPage';
import { RunPage } from '../features/drills/RunPage';
import { ScenarioEditPage } from '../features/drills/ScenarioEditPage';
import { ScenariosPage } from '../features/drills/ScenariosPage';
import { ReportRouteError } from '../features/reports/ReportRouteError';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

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
export const router = createHashRouter([
  // The presenter view fills the screen for a projector, outside the app frame.
  { path: 'drills/:drillId/present', element: <PresenterPage />, errorElement: <RouteError /> },
  // Printable reports: a sheet of paper, no app frame. Loaded on first use (charts and print styles).
  {
    path: 'reports/assessment/:assessmentId',
    errorElement: <ReportRouteError />,
    hydrateFallbackElement: <ReportLoading />,
    lazy: async () => ({
      Component: (await import('../features/reports/assessment/AssessmentReportPage'))
        .AssessmentReportPage,
    }),
  },
  {
    path: 'reports/drill/:drillId',
    errorElement: <ReportRouteError />,
    hydrateFallbackElement: <ReportLoading />,
    lazy: async () => ({
      Component: (await import('../features/reports/drill/DrillReportPage')).DrillReportPage,
    }),
  },
  {
    path: 'reports/trend/:teamId',
    errorElement: <ReportRouteError />,
    hydrateFallbackElement: <ReportLoading />,
    lazy: async () => ({
      Component: (await import('../features/reports/trend/TrendReportPage')).TrendReportPage,
    }),
  },
  {
    element: <AppFrame />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'teams', element: <TeamsPage /> },
      { path: 'teams/:teamId', element: <TeamsPage /> },
      { path: 'assessments', element: <AssessmentsPage /> },
      { path: 'assessments/new', element: <StartAssessmentPage /> },
      { path: 'assessments/targets', element: <TargetsPage /> },
      { path: 'assessments/compare', element: <ComparePage /> },
      { path: 'assessments/:assessmentId', element: <AssessmentPage /> },
      { path: 'assessments/:assessmentId/reconcile', element: <ReconcilePage /> },
      {
        path: 'assessments/:assessmentId/answer/:raterId/:categoryId',
        element: <TakeAssessmentPage />,
      },
      { path: 'drills', element: <DrillsPage /> },
      { path: 'drills/new', element: <PlanDrillPage /> },
      { path: 'drills/scenarios', element: <ScenariosPage /> },
      { path: 'drills/scenarios/new', element: <ScenarioEditPage /> },
      { path: 'drills/scenarios/:scenarioId', element: <ScenarioEditPage /> },
      { path: 'drills/:drillId', element: <DrillDetailPage /> },
      { path: 'drills/:drillId/edit', element: <EditDrillPlanPage /> },
      { path: 'drills/:drillId/run', element: <RunPage /> },
      { path: 'drills/:drillId/review', element: <ReviewPage /> },
      {
        // Loaded on first visit: its charts and statistics stay out of the start-up bundle.
        path: 'trends',
        // Shown in the frame while the module loads when the app is opened straight on Trends.
        hydrateFallbackElement: (
          <p className="muted" role="status">
            Loading trends…
          </p>
        ),
        lazy: async () => ({
          Component: (await import('../features/trends/TrendsPage')).TrendsPage,
        }),
      },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

// The report kinds the app can print, one line each: the route, and the module that defines the
// kind (loaded on first use, with its charts and print styles). The router makes a page of each.
import type { ReportKind } from './report-kind';

interface ReportRoute {
  readonly path: string;
  readonly kind: () => Promise<ReportKind<unknown, unknown, unknown>>;
}

export const REPORT_ROUTES: readonly ReportRoute[] = [
  {
    path: 'reports/assessment/:assessmentId',
    kind: async () => (await import('./assessment/AssessmentReportPage')).assessmentReportKind,
  },
  {
    path: 'reports/drill/:drillId',
    kind: async () => (await import('./drill/DrillReportPage')).drillReportKind,
  },
  {
    path: 'reports/role-cards/:drillId',
    kind: async () => (await import('./drill/RoleCardsPage')).roleCardsReportKind,
  },
  {
    path: 'reports/trend/:teamId',
    kind: async () => (await import('./trend/TrendReportPage')).trendReportKind,
  },
  {
    path: 'reports/portfolio',
    kind: async () => (await import('./portfolio/PortfolioReportPage')).portfolioReportKind,
  },
];

/**
 * The route's component once its kind has loaded. The page is loaded with it, never at start: it
 * brings the print styles, which only a report may apply.
 */
export async function reportComponent(route: ReportRoute) {
  const [{ ReportPage }, kind] = await Promise.all([import('./ReportPage'), route.kind()]);
  return function ReportRoutePage() {
    return <ReportPage kind={kind} />;
  };
}

// What a report export asks for, and where its printable view lives. Shared by the renderer (which
// opens the view in the web shell) and the main process (which loads it in a hidden window), so the
// two shells print exactly the same route. The request names records by id, never by URL or path:
// main builds the URL itself from these validated parts. No zod here: the renderer imports this
// module, and the schema that checks a request crossing IPC lives in ipc-contract.ts.
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const PAPER_LABELS: Readonly<Record<PaperSize, string>> = {
  a4: 'A4 (210 × 297 mm)',
  letter: 'US Letter (8.5 × 11 in)',
};

/** The trend report's period presets (the Trends screen's, without "dates I choose" unbounded). */
export const REPORT_PERIODS = ['90d', '6m', '12m', 'all', 'custom'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export type ReportTarget =
  | { readonly kind: 'assessment'; readonly assessmentId: string }
  | { readonly kind: 'drill'; readonly drillId: string }
  /** A drill's role cards for the room: one card per role. */
  | { readonly kind: 'role-cards'; readonly drillId: string }
  | {
      readonly kind: 'trend';
      readonly teamId: string;
      readonly period: ReportPeriod;
      /** Only for `custom`: the first and last day, inclusive (YYYY-MM-DD). */
      readonly from?: string;
      readonly to?: string;
      /** The Trends screen's filters, by id; absent means every service, severity or scenario. */
      readonly serviceId?: string;
      readonly severity?: ReportSeverity;
      readonly scenarioId?: string;
      /** The Trends screen's results filters (drills only); absent means any result. */
      readonly hypothesis?: ReportHypothesis;
      readonly detectedBy?: ReportDetectedBy;
      readonly checklist?: ReportChecklist;
      /** The two compared periods chosen on Trends; absent, the report compares its own. */
      readonly compare?: TrendComparePeriods;
    }
  /** Every team, or one team group's members (and its summary). */
  | { readonly kind: 'portfolio'; readonly groupId?: string };

/** The drill severities a trend report can be filtered to (the records' list, kept in step). */
export const REPORT_SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type ReportSeverity = (typeof REPORT_SEVERITIES)[number];

/**
 * The drill results a trend report can be filtered to, as the Trends screen's URL spells them
 * (domain/trends/result-filters.ts holds the same lists; a test keeps them in step).
 */
export const REPORT_HYPOTHESES = ['yes', 'partly', 'no', 'unsure', 'not-recorded'] as const;
export type ReportHypothesis = (typeof REPORT_HYPOTHESES)[number];
export const REPORT_DETECTED_BY = ['monitoring', 'people', 'not-recorded'] as const;
export type ReportDetectedBy = (typeof REPORT_DETECTED_BY)[number];
export const REPORT_CHECKLISTS = ['all-done', 'some-not-done', 'none'] as const;
export type ReportChecklist = (typeof REPORT_CHECKLISTS)[number];

/** Period A and period B of a two-period comparison, each day inclusive (YYYY-MM-DD). */
export interface TrendComparePeriods {
  readonly aFrom: string;
  readonly aTo: string;
  readonly bFrom: string;
  readonly bTo: string;
}

/**
 * The query keys a trend report's route shares with the Trends screen's URL, so the report says
 * what the screen showed and "Back" returns to it.
 */
export const TREND_QUERY_KEYS = {
  serviceId: 'service',
  severity: 'severity',
  scenarioId: 'scenario',
  hypothesis: 'hypothesis',
  detectedBy: 'detected',
  checklist: 'checklist',
  aFrom: 'a-from',
  aTo: 'a-to',
  bFrom: 'b-from',
  bTo: 'b-to',
} as const;

/** What a trend report's route carries: the Trends screen's period, filters and comparison. */
export interface TrendReportChoice {
  readonly teamId: string;
  readonly period: ReportPeriod;
  readonly from: string | null;
  readonly to: string | null;
  readonly serviceId: string | null;
  readonly severity: ReportSeverity | null;
  readonly scenarioId: string | null;
  readonly hypothesis: ReportHypothesis | null;
  readonly detectedBy: ReportDetectedBy | null;
  readonly checklist: ReportChecklist | null;
  readonly compare: TrendComparePeriods | null;
}

/** The report's target for these choices: what prints it, and the route the screen opens. */
export function trendTarget(choice: TrendReportChoice): ReportTarget {
  const { teamId, period, from, to, serviceId, severity, scenarioId, compare } = choice;
  const { hypothesis, detectedBy, checklist } = choice;
  return {
    kind: 'trend',
    teamId,
    period,
    ...(period === 'custom' && from !== null ? { from } : {}),
    ...(period === 'custom' && to !== null ? { to } : {}),
    ...(serviceId !== null ? { serviceId } : {}),
    ...(severity !== null ? { severity } : {}),
    ...(scenarioId !== null ? { scenarioId } : {}),
    ...(hypothesis !== null ? { hypothesis } : {}),
    ...(detectedBy !== null ? { detectedBy } : {}),
    ...(checklist !== null ? { checklist } : {}),
    ...(compare !== null ? { compare } : {}),
  };
}

export interface ReportRequest {
  readonly target: ReportTarget;
  readonly paper: PaperSize;
}

/**
 * The report view's route inside the app (the part after `#`), e.g.
 * `/reports/assessment/3f…?paper=a4`. Both shells append it to the app's entry URL.
 */
export function reportRoute(request: ReportRequest): string {
  const params = new URLSearchParams({ paper: request.paper });
  const { target } = request;
  switch (target.kind) {
    case 'assessment':
      return `/reports/assessment/${encodeURIComponent(target.assessmentId)}?${params.toString()}`;
    case 'drill':
      return `/reports/drill/${encodeURIComponent(target.drillId)}?${params.toString()}`;
    case 'role-cards':
      return `/reports/role-cards/${encodeURIComponent(target.drillId)}?${params.toString()}`;
    case 'trend': {
      params.set('period', target.period);
      if (target.period === 'custom') {
        if (target.from !== undefined) params.set('from', target.from);
        if (target.to !== undefined) params.set('to', target.to);
      }
      const filterKeys = [
        'serviceId',
        'severity',
        'scenarioId',
        'hypothesis',
        'detectedBy',
        'checklist',
      ] as const;
      for (const key of filterKeys) {
        const value = target[key];
        if (value !== undefined) params.set(TREND_QUERY_KEYS[key], value);
      }
      if (target.compare !== undefined) {
        for (const key of ['aFrom', 'aTo', 'bFrom', 'bTo'] as const) {
          params.set(TREND_QUERY_KEYS[key], target.compare[key]);
        }
      }
      return `/reports/trend/${encodeURIComponent(target.teamId)}?${params.toString()}`;
    }
    case 'portfolio':
      if (target.groupId !== undefined) params.set('group', target.groupId);
      return `/reports/portfolio?${params.toString()}`;
  }
}

/**
 * The page's ready signal: the report view sets this attribute on `<html>` once its data is loaded,
 * its charts are drawn and its fonts are ready (`ready`), or when it cannot be drawn (`error`, with
 * the reason in REPORT_ERROR_ATTRIBUTE). Printing waits for it in both shells and in the tests.
 */
export const REPORT_STATE_ATTRIBUTE = 'data-report-state';
export const REPORT_ERROR_ATTRIBUTE = 'data-report-error';
/** The file name the view suggests for its PDF (a bare name, e.g. `assessment-payments-2026-11-21.pdf`). */
export const REPORT_FILE_NAME_ATTRIBUTE = 'data-report-file-name';
export type ReportState = 'loading' | 'ready' | 'error';

/** What an export did: saved under a name, cancelled in the dialog, or opened for the browser's print. */
export type ReportExportOutcome =
  | {
      readonly outcome: 'saved';
      readonly fileName: string;
      /**
       * Desktop: the id that names the saved PDF to `showSavedFile` ("Show in folder"), as a saved
       * backup's does; the path itself never crosses to the renderer.
       */
      readonly savedId?: string;
    }
  | { readonly outcome: 'cancelled' }
  | { readonly outcome: 'opened-for-print' };

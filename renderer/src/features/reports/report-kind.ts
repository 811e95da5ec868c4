// What the report pages are made of. Every printable report is one entry: how its route's
// parameters are read, what it loads (live), the pure model built from that, and the body that
// lays the model out. The page around them (frame, ready signal, toolbar, errors) is written once,
// in ReportPage; a new kind of report is one entry in its own module, listed in report-routes.
import type { ComponentType } from 'react';
import type { ReportRequest } from '@shared/report-request';
import type { EpochMs, IsoDate } from '../../domain/records/common';
import type { Checked } from '../../domain/outcome';

/** What a model may depend on besides its data: read once when the page opens. */
export interface ReportClock {
  /** Today as the report prints it ("Generated 21 Nov 2026"): the only date that is not data. */
  readonly today: IsoDate;
  /** Only matters for a pause left open in an unfinished drill. */
  readonly now: EpochMs;
  /** The reader's zone offset at an instant, so each drill keeps the day it ran on across DST. */
  readonly offset: (at: EpochMs) => number;
}

export interface RouteInput {
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly search: URLSearchParams;
}

/** How far the page has got: `loaded` is undefined while loading, `model` null until drawn. */
export interface ReportState<Loaded, Model> {
  readonly loaded: Loaded | undefined;
  readonly model: Model | null;
}

export interface ReportKind<P, Loaded, Model> {
  /** "Assessment report", "Drill report", "Team trend report". */
  readonly kindLabel: string;
  /** The route's parameters and query, read into what the report needs. */
  readonly params: (route: RouteInput) => P;
  /** Reads the records, live: runs again when they change. */
  readonly load: (params: P) => Promise<Loaded>;
  /** The pure model of the report, or why it cannot be drawn. */
  readonly model: (loaded: Loaded, params: P, clock: ReportClock) => Checked<Model>;
  /** The document's heading, also while loading (`loaded` undefined) or when it cannot be drawn. */
  readonly title: (state: ReportState<Loaded, Model>) => string;
  readonly fileName: (model: Model, clock: ReportClock) => string;
  /** What prints this report again (the toolbar sets the paper). */
  readonly target: (model: Model, params: P) => ReportRequest['target'];
  /** Where "Back" goes, and its words. */
  readonly back: (
    params: P,
    state: ReportState<Loaded, Model>,
  ) => { readonly to: string; readonly label: string };
  readonly Body: ComponentType<{ readonly report: Model }>;
}

/**
 * An entry whose types are checked where it is written, then held in lists of any kind: the page
 * only ever passes a kind's own values back to it.
 */
export function defineReportKind<P, Loaded, Model>(
  kind: ReportKind<P, Loaded, Model>,
): ReportKind<unknown, unknown, unknown> {
  return kind as unknown as ReportKind<unknown, unknown, unknown>;
}

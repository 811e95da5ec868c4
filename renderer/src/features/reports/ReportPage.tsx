// One page for every report kind: reads the route, loads the kind's records live, builds its model
// and lays it out in the shared frame, with the ready signal the exporters wait for.
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useLive } from '../../db/live';
import { localZoneOffsetAt } from '../../platform/reader';
import { ReportFrame, useGeneratedOn, useReportPaper } from './ReportFrame';
import type { ReportClock, ReportKind } from './report-kind';
import type { ReportStatus } from './use-report-ready';

export function ReportPage({ kind }: { readonly kind: ReportKind<unknown, unknown, unknown> }) {
  const routeParams = useParams();
  const [search] = useSearchParams();
  const paper = useReportPaper();
  const today = useGeneratedOn();
  // The search includes the paper size, which the model never reads: only what the kind reads
  // from the route keys the load, so changing the paper does not load again.
  const stableParams = useStable(kind.params({ params: routeParams, search }));
  const loaded = useLive(() => kind.load(stableParams), [kind, stableParams]);
  // Read once, so the report does not change while it is read or printed.
  const [start] = useState(() => ({
    now: Date.now(),
    // The offset is asked per instant, so a drill keeps the date it ran on across a DST change.
    offset: localZoneOffsetAt,
  }));
  const clock: ReportClock = useMemo(() => ({ ...start, today }), [start, today]);
  const outcome = useMemo(
    () => (loaded === undefined ? undefined : kind.model(loaded, stableParams, clock)),
    [kind, loaded, stableParams, clock],
  );
  const model = outcome?.ok === true ? outcome.value : null;
  const status: ReportStatus =
    outcome === undefined
      ? { state: 'loading' }
      : outcome.ok
        ? { state: 'ready', fileName: kind.fileName(outcome.value, clock) }
        : { state: 'error', message: outcome.problem.message };
  const state = { loaded, model };
  const back = kind.back(stableParams, state);
  const Body = kind.Body;
  return (
    <ReportFrame
      kindLabel={kind.kindLabel}
      title={kind.title(state)}
      backTo={back.to}
      backLabel={back.label}
      request={model === null ? null : { target: kind.target(model, stableParams), paper }}
      status={status}
      generatedOn={today}
    >
      {model !== null && <Body report={model} />}
    </ReportFrame>
  );
}

/** The same object while its content is the same (route parameters are strings and nulls). */
function useStable<T>(value: T): T {
  const key = JSON.stringify({ value });
  return useMemo(() => (JSON.parse(key) as { value: T }).value, [key]);
}

import { Link } from 'react-router';
import type { IsoDate } from '../../domain/records/common';
import type { DrillRecord } from '../../domain/records/drills';
import { formatDurationInWords } from '../../domain/dates/durations';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { daysBetween } from '../../domain/dates/iso-date';
import { formatIsoDate } from '../../domain/dates/format';
import { lastDrills, nextPlanned } from './home-overview';

/** The three latest drills that ran to an end, with their recovery time. */
export function LastDrillsCard({ drills }: { readonly drills: readonly EvidenceDrill[] }) {
  const latest = lastDrills(drills);
  return (
    <section className="card" aria-labelledby="last-drills-heading">
      <h2 id="last-drills-heading">Last drills</h2>
      {latest.length === 0 ? (
        <p className="muted">
          No drill has run yet. <Link to="/drills">See the drills</Link>.
        </p>
      ) : (
        <ul className="home-drills">
          {latest.map(({ drill, ranOn, measures }) => (
            <li key={drill.id}>
              <Link to={`/drills/${drill.id}`}>{drill.title}</Link>
              <div className="muted">
                {formatIsoDate(ranOn)}
                {drill.scenarioName !== drill.title && ` · ${drill.scenarioName}`}
              </div>
              <div>
                {drill.status === 'aborted'
                  ? 'Aborted before recovery'
                  : measures.timeToRecover === undefined
                    ? 'Time to recover not measured'
                    : `Time to recover ${formatDurationInWords(measures.timeToRecover)}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function whenText(plannedFor: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, plannedFor);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${days} days`;
}

/** The next planned drill, or a drill running now, with the way to run it. */
export function NextDrillCard(props: {
  readonly drills: readonly DrillRecord[];
  readonly today: IsoDate;
}) {
  const running = props.drills.find((drill) => drill.status === 'running');
  const next = nextPlanned(props.drills, props.today);
  return (
    <section className="card" aria-labelledby="next-drill-heading">
      <h2 id="next-drill-heading">Next drill</h2>
      {running !== undefined && (
        <p className="message" role="note">
          Running now: <Link to={`/drills/${running.id}/run`}>{running.title}</Link>
        </p>
      )}
      {next === undefined ? (
        <>
          <p className="muted">No drill is planned from today on.</p>
          <Link className="button" to="/drills/new">
            Plan a drill
          </Link>
        </>
      ) : (
        <>
          <p className="home-next-title">
            <Link to={`/drills/${next.id}`}>{next.title}</Link>
          </p>
          <p>
            {formatIsoDate(next.plannedFor)}{' '}
            <span className="muted">({whenText(next.plannedFor, props.today)})</span>
          </p>
          <p className="muted">
            {next.severity} · {next.scenarioName}
          </p>
          <Link className="button primary" to={`/drills/${next.id}/run`}>
            Run “{next.title}”
          </Link>
        </>
      )}
    </section>
  );
}

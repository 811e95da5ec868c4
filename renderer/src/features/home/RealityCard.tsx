// Home's answer to "do our drills predict reality?": median time to recover in drills and in real
// incidents over the same twelve months, each with its n, and the small-sample flag on either.
import { Link } from 'react-router';
import type { IsoDate } from '../../domain/records/common';
import { formatIsoDate } from '../../domain/dates/format';
import { minutesWords } from '../../domain/reality/compare';
import type { PreparedIncident } from '../../domain/reality/prepare';
import type { EvidenceDrill } from '../../domain/maturity/drill-evidence';
import { SMALL_SAMPLE, type Summary } from '../../domain/stats/summary';
import { recoveryMedians } from './home-overview';

export function RealityCard(props: {
  readonly drills: readonly EvidenceDrill[];
  readonly incidents: readonly PreparedIncident[];
  readonly today: IsoDate;
}) {
  const medians = recoveryMedians(props.drills, props.incidents, props.today);
  return (
    <section className="card" aria-labelledby="reality-heading">
      <h2 id="reality-heading">Drills and real incidents</h2>
      <p className="muted">
        Median time to recover (detection to recovery) since {formatIsoDate(medians.from)}.
      </p>
      <dl className="definition-list reality-medians">
        <dt>Drills</dt>
        <dd>{medianText(medians.drills, 'completed drill', 'completed drills')}</dd>
        <dt>Real incidents</dt>
        <dd>{medianText(medians.incidents, 'recovered incident', 'recovered incidents')}</dd>
      </dl>
      {props.incidents.length === 0 ? (
        <p className="muted">
          No incidents imported yet: import them from the team’s incident tool to see reality beside
          the drills.
        </p>
      ) : (
        <p>
          <Link to="/trends?source=both">Drills vs reality in Trends</Link>
        </p>
      )}
    </section>
  );
}

function medianText(summary: Summary, one: string, many: string): string {
  if (summary.median === undefined) return `none with a recovery time (n = 0)`;
  const flag = summary.smallSample ? ` — fewer than ${SMALL_SAMPLE}: not reliable` : '';
  return `${minutesWords(summary.median)} (n = ${summary.n} ${summary.n === 1 ? one : many})${flag}`;
}

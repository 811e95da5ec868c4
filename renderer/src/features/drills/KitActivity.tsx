import { Fragment } from 'react';
import type { DrillRecord } from '../../domain/records/drills';
import type { RunState } from '../../domain/drills/run-state';
import { kitReport, type KitLine } from '../../domain/reports/drill-kit-report';
import { formatInstantTime } from '../../domain/dates/format';
import { SCREEN_READER } from '../../platform/reader';
import { KitLineTable } from '../../components/KitLineTable';

const timeOfDay = (at: number) => formatInstantTime(at, SCREEN_READER);

/** A table of the drill's pages: the app's data-table look; an empty one is left out. */
function LineTable({
  lines,
  caption,
}: {
  readonly lines: readonly KitLine[];
  readonly caption: string;
}) {
  return (
    <KitLineTable
      lines={lines}
      caption={caption}
      className="data kit-table"
      planHeading="Planned"
    />
  );
}

/** The results of the drill and what the facilitator's kit did during it, with times. */
export function KitActivity({
  drill,
  state,
}: {
  readonly drill: DrillRecord;
  readonly state: RunState;
}) {
  const kit = kitReport(drill, state, timeOfDay);
  return (
    <section className="card kit-activity" aria-labelledby="kit-activity-heading">
      <h2 id="kit-activity-heading">Results and the facilitator’s kit</h2>
      <dl className="definition-list" data-testid="drill-results">
        {kit.results.map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
      <LineTable lines={kit.goNoGo} caption="Go / no-go" />
      <LineTable lines={kit.injects} caption="Injects" />
      <LineTable lines={kit.hints} caption="Hints" />
      {kit.checklists.map((list) => (
        <LineTable key={list.title} lines={list.lines} caption={`${list.title}: ${list.summary}`} />
      ))}
    </section>
  );
}

import type { ReactNode } from 'react';
import { ImportCountsTable, type ImportCounts } from '../../components/ImportCountsTable';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { describePlace } from '../../domain/incidents/incident';
import type {
  DecidedIncident,
  IncidentChange,
  IncidentImportPlan,
} from '../../domain/incidents/import-decision';
import { countOf } from '../../domain/text/plural';

/** How many of a long list are shown; the rest are counted. */
const SHOWN = 100;

function counts(list: readonly DecidedIncident[]): ImportCounts {
  const of = (change: IncidentChange) => list.filter((item) => item.change === change).length;
  return { added: of('added'), updated: of('updated'), unchanged: of('unchanged') };
}

function Capped<T>({
  items,
  render,
}: {
  readonly items: readonly T[];
  readonly render: (item: T) => ReactNode;
}) {
  return (
    <>
      <ul className="import-list">{items.slice(0, SHOWN).map(render)}</ul>
      {items.length > SHOWN && <p className="muted">…and {items.length - SHOWN} more.</p>}
    </>
  );
}

function Group({
  title,
  count,
  children,
  open = false,
}: {
  readonly title: string;
  readonly count: number;
  readonly children: ReactNode;
  readonly open?: boolean;
}) {
  if (count === 0) return null;
  return (
    <details className="import-group" open={open}>
      <summary>
        {title} ({count})
      </summary>
      {children}
    </details>
  );
}

const incidentLine = (item: DecidedIncident) => (
  <li key={item.record.sourceId}>
    {item.record.title}{' '}
    <span className="muted">· {item.record.reference ?? item.record.sourceId}</span>
  </li>
);

/** What importing the file would change (tense preview) or changed (tense result). */
export function IncidentChanges({
  plan,
  tense,
}: {
  readonly plan: IncidentImportPlan;
  readonly tense: 'preview' | 'result';
}) {
  const all = [...plan.recovered, ...plan.open];
  const ofChange = (change: IncidentChange) => all.filter((item) => item.change === change);
  return (
    <>
      <ImportCountsTable
        caption={tense === 'preview' ? 'What importing would change' : 'What the import changed'}
        rowsHeading="Incidents"
        rows={[
          ['Resolved (counted as recoveries)', counts(plan.recovered)],
          ['Still open (stored, not counted)', counts(plan.open)],
        ]}
        total={counts(all)}
        tense={tense}
      />
      {plan.withdrawn.length > 0 && (
        <p>
          {countOf(
            plan.withdrawn.length,
            'incident stored by an earlier import',
            'incidents stored by an earlier import',
          )}{' '}
          {tense === 'preview' ? 'would be' : 'were'} removed: the file now says{' '}
          {plan.withdrawn.length === 1 ? 'it is' : 'they are'} not a real incident.
        </p>
      )}
      <Group title={tense === 'preview' ? 'New' : 'Added'} count={ofChange('added').length}>
        <Capped items={ofChange('added')} render={incidentLine} />
      </Group>
      <Group title="Updated" count={ofChange('updated').length}>
        <Capped items={ofChange('updated')} render={incidentLine} />
      </Group>
      <Group title="Still open, listed apart" count={plan.open.length}>
        <p className="muted">
          Stored so the next export can find them resolved; never counted as recovered.
        </p>
        <Capped items={plan.open} render={incidentLine} />
      </Group>
      <Group title="Removed" count={plan.withdrawn.length}>
        <Capped
          items={plan.withdrawn}
          render={(item) => (
            <li key={item.stored.id}>
              {item.stored.title} <span className="muted">· {item.apart.reason}</span>
            </li>
          )}
        />
      </Group>
    </>
  );
}

interface ImportPreviewProps {
  readonly fileName: string;
  readonly plan: IncidentImportPlan;
  readonly committing: boolean;
  readonly onCommit: () => void;
  readonly onCancel: () => void;
}

/** The preview: what would change, and every record kept out of the import with its reason. */
export function ImportPreview({
  fileName,
  plan,
  committing,
  onCommit,
  onCancel,
}: ImportPreviewProps) {
  const heading = useFocusOnMount();
  const changes = plan.counts.added + plan.counts.updated + plan.counts.removed;
  return (
    <section className="card import-preview" aria-labelledby="incident-preview-heading">
      <h2 id="incident-preview-heading" ref={heading} tabIndex={-1}>
        Before you import “{fileName}”
      </h2>
      {plan.notes.length > 0 && (
        <ul className="import-notes">
          {plan.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <IncidentChanges plan={plan} tense="preview" />
      <Group
        title="Not imported: tests, cancelled and other non-incidents"
        count={plan.apart.length}
        open
      >
        <Capped
          items={plan.apart}
          render={(item) => (
            <li key={`${item.incident.place.number}`}>
              {describePlace(item.incident.place)}: {item.incident.title}{' '}
              <span className="muted">· {item.reason}</span>
            </li>
          )}
        />
      </Group>
      <RefusedRecords plan={plan} />
      <Group title="Passed over" count={plan.skipped.length}>
        <Capped
          items={plan.skipped}
          render={(item) => (
            <li key={item.place.number}>
              {describePlace(item.place)}: {item.reason}
            </li>
          )}
        />
      </Group>
      <p className={changes === 0 ? 'message' : undefined}>
        {changes === 0
          ? 'Everything in this file is already here: importing it changes nothing.'
          : `${countOf(changes, 'incident', 'incidents')} would be added, updated or removed.`}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          aria-disabled={committing}
          onClick={() => {
            if (!committing) onCommit();
          }}
        >
          {committing ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button" disabled={committing} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function RefusedRecords({ plan }: { readonly plan: IncidentImportPlan }) {
  if (plan.refused.length === 0) return null;
  const shown = plan.refused.slice(0, SHOWN);
  return (
    <div className="refused-records">
      <h3>Refused ({plan.refused.length}): not imported</h3>
      <div className="table-scroll">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Id</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.place.kind}-${item.place.number}`}>
                <th scope="row">{describePlace(item.place)}</th>
                <td>{item.sourceId ?? '—'}</td>
                <td>{item.reasons.join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {plan.refused.length > SHOWN && (
        <p className="muted">…and {plan.refused.length - SHOWN} more.</p>
      )}
    </div>
  );
}

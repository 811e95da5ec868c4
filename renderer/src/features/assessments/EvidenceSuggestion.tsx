// The accept step both evidence suggestions share: what a rule says about a criterion, the records
// behind it (drills or incidents), and a button to add them to the evidence. Nothing is added until
// the user asks, and a record older than 180 days says it would be stale.
import { useId, type ReactNode } from 'react';
import type { Id, IsoDate } from '../../domain/records/common';
import { evidenceOffer } from '../../domain/maturity/evidence-offer';
import { isStaleDate } from '../../domain/maturity/evidence-age';
import { formatIsoDate } from '../../domain/dates/format';

export interface SuggestedRecord {
  readonly id: Id;
  /** Its title, or a link to it. */
  readonly label: ReactNode;
  /** The day it happened, which says whether it would be stale. */
  readonly date: IsoDate;
}

interface EvidenceSuggestionProps {
  /** What the records are, in the plural: "drills", "incidents". */
  readonly noun: string;
  readonly holds: boolean;
  readonly explanation: string;
  /** The records behind the rule, newest first. */
  readonly supporting: readonly SuggestedRecord[];
  /** Records listed at most; the rest are counted. All when left out. */
  readonly shownMax?: number;
  /** Said while the rule does not hold but records could still be ticked by hand. */
  readonly partialNote?: string;
  /** The records of this kind already in the evidence, and how many it may hold. */
  readonly evidenceIds: readonly Id[];
  readonly evidenceMax: number;
  readonly judgedAt: IsoDate;
  readonly readOnly: boolean;
  readonly onAccept: (ids: readonly Id[]) => void;
}

export function EvidenceSuggestion({
  noun,
  holds,
  explanation,
  supporting,
  shownMax = supporting.length,
  partialNote,
  evidenceIds,
  evidenceMax,
  judgedAt,
  readOnly,
  onAccept,
}: EvidenceSuggestionProps) {
  const id = useId();
  const offer = evidenceOffer(
    supporting.map((record) => record.id),
    evidenceIds,
    evidenceMax,
  );
  const { toAdd } = offer;
  return (
    <div
      className={`drill-suggestion ${holds ? 'holds' : 'missing'}`}
      role="group"
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="drill-suggestion-title">
        {holds ? `Your ${noun} support this` : `What your ${noun} show so far`}
      </p>
      <p>{explanation}</p>
      {supporting.length > 0 && (
        <ul className="drill-suggestion-list">
          {supporting.slice(0, shownMax).map((record) => (
            <li key={record.id}>
              {record.label}{' '}
              <span className="muted">
                · {formatIsoDate(record.date)}
                {evidenceIds.includes(record.id) ? ' · in the evidence' : ''}
              </span>
              {/* Rules look back up to two years: say which offered records would be stale. */}
              {isStaleDate(record.date, judgedAt) && (
                <span className="tag stale">older than 180 days</span>
              )}
            </li>
          ))}
          {supporting.length > shownMax && (
            <li className="muted">and {supporting.length - shownMax} more</li>
          )}
        </ul>
      )}
      {!readOnly && !holds && toAdd.length > 0 && partialNote !== undefined && (
        <p className="muted">{partialNote}</p>
      )}
      {/* Offered as evidence only when the records do support the statement. */}
      {!readOnly && holds && toAdd.length > 0 && (
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-title`}
          onClick={() => {
            onAccept(toAdd);
          }}
        >
          {`Add these ${noun} as evidence`}
        </button>
      )}
      {!readOnly && holds && offer.overflow && (
        <p className="muted">
          {`Evidence holds up to ${evidenceMax} ${noun}`}
          {toAdd.length > 0
            ? `: the newest ${toAdd.length} of these can be added.`
            : ', and it is full.'}
        </p>
      )}
      {supporting.length > 0 && offer.missing.length === 0 && (
        <p className="muted">{`These ${noun} are in the evidence.`}</p>
      )}
    </div>
  );
}

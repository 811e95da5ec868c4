import { useId } from 'react';
import { Link } from 'react-router';
import type { Id } from '../../domain/records/common';
import { EVIDENCE_DRILLS_MAX } from '../../domain/maturity/assessment-rules';
import { evaluateDrillRule } from '../../domain/maturity/drill-evidence';
import { isStaleDate } from '../../domain/maturity/evidence-age';
import type { DrillRule } from '../../domain/maturity/model-types';
import { formatIsoDate } from '../../domain/dates/format';
import { useEvidenceContext } from './evidence-drills';

interface DrillSuggestionProps {
  readonly rule: DrillRule;
  /** The drills already in the evidence. */
  readonly evidenceDrillIds: readonly Id[];
  readonly readOnly: boolean;
  readonly onAccept: (drillIds: readonly Id[]) => void;
}

/**
 * What the team's drills say about a criterion with a drill rule: the explanation, the drills
 * behind it, and a button to add them to the evidence. Nothing is added until the user asks.
 */
export function DrillSuggestion({
  rule,
  evidenceDrillIds,
  readOnly,
  onAccept,
}: DrillSuggestionProps) {
  const id = useId();
  const context = useEvidenceContext();
  const result = evaluateDrillRule(rule, {
    drills: context.drills,
    services: context.services,
    today: context.judgedAt,
  });
  const supporting = result.supportingDrillIds.flatMap((drillId) => {
    const entry = context.drills.find((candidate) => candidate.drill.id === drillId);
    return entry === undefined ? [] : [entry];
  });
  const missing = result.supportingDrillIds.filter(
    (drillId) => !evidenceDrillIds.includes(drillId),
  );
  // Evidence holds a limited number of drills; the newest are offered first.
  const room = Math.max(0, EVIDENCE_DRILLS_MAX - evidenceDrillIds.length);
  const toAdd = missing.slice(0, room);
  return (
    <div
      className={`drill-suggestion ${result.holds ? 'holds' : 'missing'}`}
      role="group"
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="drill-suggestion-title">
        {result.holds ? 'Your drills support this' : 'What your drills show so far'}
      </p>
      <p>{result.explanation}</p>
      {supporting.length > 0 && (
        <ul className="drill-suggestion-list">
          {supporting.map((entry) => (
            <li key={entry.drill.id}>
              <Link to={`/drills/${entry.drill.id}`}>{entry.drill.title}</Link>{' '}
              <span className="muted">
                · {formatIsoDate(entry.ranOn)}
                {evidenceDrillIds.includes(entry.drill.id) ? ' · in the evidence' : ''}
              </span>
              {/* Rules look back up to two years: say which offered drills would be stale. */}
              {isStaleDate(entry.ranOn, context.judgedAt) && (
                <span className="tag stale">older than 180 days</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && !result.holds && toAdd.length > 0 && (
        <p className="muted">
          Until the rule holds these drills are only part of the picture; tick any of them in the
          evidence below if they help.
        </p>
      )}
      {/* Offered as evidence only when the drills do support the statement. */}
      {!readOnly && result.holds && toAdd.length > 0 && (
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-title`}
          onClick={() => {
            onAccept(toAdd);
          }}
        >
          Add these drills as evidence
        </button>
      )}
      {!readOnly && result.holds && missing.length > toAdd.length && (
        <p className="muted">
          Evidence holds up to {EVIDENCE_DRILLS_MAX} drills
          {toAdd.length > 0
            ? `: the newest ${toAdd.length} of these can be added.`
            : ', and it is full.'}
        </p>
      )}
      {supporting.length > 0 && missing.length === 0 && (
        <p className="muted">These drills are in the evidence.</p>
      )}
    </div>
  );
}

// What the team's imported incidents say about a criterion with an incident rule: the explanation,
// the incidents behind it, and a button to add them to the evidence. As with drills, nothing is
// added until the user asks, and an incident older than 180 days says it would be stale.
import { useId } from 'react';
import type { Id } from '../../domain/records/common';
import { EVIDENCE_INCIDENTS_MAX } from '../../domain/maturity/assessment-rules';
import { evaluateIncidentRule } from '../../domain/maturity/incident-evidence';
import { isStaleDate } from '../../domain/maturity/evidence-age';
import type { IncidentRule } from '../../domain/maturity/model-types';
import { formatIsoDate } from '../../domain/dates/format';
import { useEvidenceContext } from './evidence-drills';

interface IncidentSuggestionProps {
  readonly rule: IncidentRule;
  /** The incidents already in the evidence. */
  readonly evidenceIncidentIds: readonly Id[];
  readonly readOnly: boolean;
  readonly onAccept: (incidentIds: readonly Id[]) => void;
}

/** Incidents offered in the evidence at most: the newest first. */
const SHOWN = 8;

export function IncidentSuggestion({
  rule,
  evidenceIncidentIds,
  readOnly,
  onAccept,
}: IncidentSuggestionProps) {
  const id = useId();
  const context = useEvidenceContext();
  // A team with no imported incidents sees nothing here: its drills speak for it.
  if (context.incidents.length === 0) return null;
  const result = evaluateIncidentRule(rule, {
    incidents: context.incidents,
    services: context.services,
    today: context.judgedAt,
  });
  const supporting = result.supportingIncidentIds.flatMap((incidentId) => {
    const found = context.incidents.find((incident) => incident.id === incidentId);
    return found === undefined ? [] : [found];
  });
  const missing = result.supportingIncidentIds.filter(
    (incidentId) => !evidenceIncidentIds.includes(incidentId),
  );
  const room = Math.max(0, EVIDENCE_INCIDENTS_MAX - evidenceIncidentIds.length);
  const toAdd = missing.slice(0, room);
  return (
    <div
      className={`drill-suggestion ${result.holds ? 'holds' : 'missing'}`}
      role="group"
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="drill-suggestion-title">
        {result.holds ? 'Your incidents support this' : 'What your incidents show so far'}
      </p>
      <p>{result.explanation}</p>
      {supporting.length > 0 && (
        <ul className="drill-suggestion-list">
          {supporting.slice(0, SHOWN).map((incident) => (
            <li key={incident.id}>
              {incident.title}{' '}
              <span className="muted">
                · {formatIsoDate(incident.date)}
                {evidenceIncidentIds.includes(incident.id) ? ' · in the evidence' : ''}
              </span>
              {isStaleDate(incident.date, context.judgedAt) && (
                <span className="tag stale">older than 180 days</span>
              )}
            </li>
          ))}
          {supporting.length > SHOWN && (
            <li className="muted">and {supporting.length - SHOWN} more</li>
          )}
        </ul>
      )}
      {!readOnly && result.holds && toAdd.length > 0 && (
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-title`}
          onClick={() => {
            onAccept(toAdd);
          }}
        >
          Add these incidents as evidence
        </button>
      )}
      {!readOnly && result.holds && missing.length > toAdd.length && (
        <p className="muted">
          Evidence holds up to {EVIDENCE_INCIDENTS_MAX} incidents
          {toAdd.length > 0
            ? `: the newest ${toAdd.length} of these can be added.`
            : ', and it is full.'}
        </p>
      )}
      {supporting.length > 0 && missing.length === 0 && (
        <p className="muted">These incidents are in the evidence.</p>
      )}
    </div>
  );
}

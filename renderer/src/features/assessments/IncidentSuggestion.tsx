// What the team's imported incidents say about a criterion with an incident rule, offered as
// drills are (EvidenceSuggestion.tsx); a long list shows its newest few.
import type { Id } from '../../domain/records/common';
import { EVIDENCE_INCIDENTS_MAX } from '../../domain/maturity/assessment-rules';
import { evaluateIncidentRule } from '../../domain/maturity/incident-evidence';
import type { IncidentRule } from '../../domain/maturity/model-types';
import { useEvidenceContext } from './evidence-drills';
import { EvidenceSuggestion } from './EvidenceSuggestion';

interface IncidentSuggestionProps {
  readonly rule: IncidentRule;
  /** The incidents already in the evidence. */
  readonly evidenceIncidentIds: readonly Id[];
  readonly readOnly: boolean;
  readonly onAccept: (incidentIds: readonly Id[]) => void;
}

/** Incidents listed at most: the newest first. */
const SHOWN = 8;

export function IncidentSuggestion({
  rule,
  evidenceIncidentIds,
  readOnly,
  onAccept,
}: IncidentSuggestionProps) {
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
    return found === undefined ? [] : [{ id: found.id, label: found.title, date: found.date }];
  });
  return (
    <EvidenceSuggestion
      noun="incidents"
      holds={result.holds}
      explanation={result.explanation}
      supporting={supporting}
      shownMax={SHOWN}
      evidenceIds={evidenceIncidentIds}
      evidenceMax={EVIDENCE_INCIDENTS_MAX}
      judgedAt={context.judgedAt}
      readOnly={readOnly}
      onAccept={onAccept}
    />
  );
}

import { Link } from 'react-router';
import type { Id } from '../../domain/records/common';
import { EVIDENCE_DRILLS_MAX } from '../../domain/maturity/assessment-rules';
import { evaluateDrillRule } from '../../domain/maturity/drill-evidence';
import type { DrillRule } from '../../domain/maturity/model-types';
import { useEvidenceContext } from './evidence-drills';
import { EvidenceSuggestion } from './EvidenceSuggestion';

interface DrillSuggestionProps {
  readonly rule: DrillRule;
  /** The drills already in the evidence. */
  readonly evidenceDrillIds: readonly Id[];
  readonly readOnly: boolean;
  readonly onAccept: (drillIds: readonly Id[]) => void;
}

/**
 * What the team's drills say about a criterion with a drill rule: the explanation, the drills
 * behind it (each a link), and a button to add them to the evidence.
 */
export function DrillSuggestion({
  rule,
  evidenceDrillIds,
  readOnly,
  onAccept,
}: DrillSuggestionProps) {
  const context = useEvidenceContext();
  const result = evaluateDrillRule(rule, {
    drills: context.drills,
    services: context.services,
    today: context.judgedAt,
  });
  const supporting = result.supportingDrillIds.flatMap((drillId) => {
    const entry = context.drills.find((candidate) => candidate.drill.id === drillId);
    return entry === undefined
      ? []
      : [
          {
            id: entry.drill.id,
            label: <Link to={`/drills/${entry.drill.id}`}>{entry.drill.title}</Link>,
            date: entry.ranOn,
          },
        ];
  });
  return (
    <EvidenceSuggestion
      noun="drills"
      holds={result.holds}
      explanation={result.explanation}
      supporting={supporting}
      partialNote="Until the rule holds these drills are only part of the picture; tick any of them in the evidence below if they help."
      evidenceIds={evidenceDrillIds}
      evidenceMax={EVIDENCE_DRILLS_MAX}
      judgedAt={context.judgedAt}
      readOnly={readOnly}
      onAccept={onAccept}
    />
  );
}

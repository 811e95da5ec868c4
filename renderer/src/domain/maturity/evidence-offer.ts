// What a suggestion may add to a criterion's evidence: the records a rule found (drills or
// incidents, newest first) that the evidence does not hold yet, as many as its room allows. Drills
// and incidents follow the same rule, so both suggestions ask here.
import type { Id } from '../records/common';

export interface EvidenceOffer {
  /** Supporting records not in the evidence yet, in the rule's order (newest first). */
  readonly missing: readonly Id[];
  /** The newest of `missing` that fit in the evidence; what "Add these" adds. */
  readonly toAdd: readonly Id[];
  /** True when some missing records do not fit: the evidence is at or near its limit. */
  readonly overflow: boolean;
}

export function evidenceOffer(
  supportingIds: readonly Id[],
  evidenceIds: readonly Id[],
  max: number,
): EvidenceOffer {
  const missing = supportingIds.filter((id) => !evidenceIds.includes(id));
  const room = Math.max(0, max - evidenceIds.length);
  const toAdd = missing.slice(0, room);
  return { missing, toAdd, overflow: missing.length > toAdd.length };
}

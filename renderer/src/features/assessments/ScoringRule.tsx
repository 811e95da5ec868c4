import { SCORING_RULE } from '../../domain/maturity/scoring-rule';

/** The scoring rule in words, beside every result. */
export function ScoringRule() {
  return (
    <details className="card scoring-rule">
      <summary>How the levels and scores are worked out</summary>
      <ul>
        {SCORING_RULE.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </details>
  );
}

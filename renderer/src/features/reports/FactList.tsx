// A report's facts as label and value pairs. Each pair sits in its own wrapper (laid out with
// `display: contents`), so a report's stylesheet can keep a label with its value on one page.
import type { Fact } from '../../domain/reports/fact';

export function FactList({
  facts,
  className,
}: {
  readonly facts: readonly Fact[];
  readonly className?: string;
}) {
  return (
    <dl className={className === undefined ? 'report-facts' : `report-facts ${className}`}>
      {facts.map((fact) => (
        <div key={fact.label} className="report-fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

// One table of the facilitator's kit (go / no-go, injects, hints, a checklist): each item, when it
// was planned, what became of it and when. The drill's pages and the drill report both draw it
// from the same rows (domain/reports/drill-kit-report.ts), so the two always say the same thing.
import type { ReactNode } from 'react';
import type { KitLine } from '../domain/reports/drill-kit-report';

interface KitLineTableProps {
  readonly lines: readonly KitLine[];
  readonly caption: string;
  readonly className: string;
  /** The heading of the "when it was due" column. */
  readonly planHeading: string;
  /** What stands in for a table without rows. */
  readonly empty?: ReactNode;
  readonly testId?: string;
}

export function KitLineTable({
  lines,
  caption,
  className,
  planHeading,
  empty = null,
  testId,
}: KitLineTableProps) {
  if (lines.length === 0) return empty;
  return (
    <table className={className} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">{planHeading}</th>
          <th scope="col">Outcome</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <td>{line.text}</td>
            <td>{line.plan}</td>
            <td>{line.outcome}</td>
            <td className="number">{line.when}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

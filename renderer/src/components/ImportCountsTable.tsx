/** Added, updated and unchanged, for one kind of record. */
export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

interface ImportCountsTableProps {
  readonly caption: string;
  /** The heading of the first column: what the rows count ("Records", "Incidents"). */
  readonly rowsHeading: string;
  readonly rows: readonly (readonly [label: string, counts: ImportCounts])[];
  /** The total row, when the rows add up to something a user reads as one. */
  readonly total?: ImportCounts;
  /** Column headings for a preview ("would be") or a result ("were"). */
  readonly tense: 'preview' | 'result';
}

/** What an import would change or changed, row by row: a backup's stores, a file's incidents. */
export function ImportCountsTable({
  caption,
  rowsHeading,
  rows,
  total,
  tense,
}: ImportCountsTableProps) {
  const row = (label: string, counts: ImportCounts) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="numeric">{counts.added}</td>
      <td className="numeric">{counts.updated}</td>
      <td className="numeric">{counts.unchanged}</td>
    </tr>
  );
  return (
    <table className="data import-summary">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowsHeading}</th>
          <th scope="col">{tense === 'preview' ? 'New' : 'Added'}</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>{rows.map(([label, counts]) => row(label, counts))}</tbody>
      {total !== undefined && <tfoot>{row('Total', total)}</tfoot>}
    </table>
  );
}

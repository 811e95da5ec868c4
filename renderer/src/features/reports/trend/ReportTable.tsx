// A compact data table for paper: a caption that says what the numbers are, a header row, and a
// row header in the first column, so every cell can be read on its own.
export interface ReportColumn {
  readonly label: string;
  /** Right-aligned with tabular figures. */
  readonly numeric?: boolean;
}

export interface ReportRow {
  readonly key: string;
  readonly header: string;
  readonly cells: readonly string[];
}

interface ReportTableProps {
  readonly caption: string;
  /** The first column is the row headers'. */
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly className?: string;
}

/** Up to this many rows a table never splits across pages; a longer one repeats its header. */
const KEEP_ROWS = 15;

export function ReportTable({ caption, columns, rows, className = '' }: ReportTableProps) {
  const keep = rows.length <= KEEP_ROWS ? ' report-keep' : '';
  return (
    <table className={`rt-table ${className}${keep}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.numeric === true ? 'number' : ''}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) => (
              <td
                key={index}
                className={columns[index + 1]?.numeric === true ? 'number' : undefined}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

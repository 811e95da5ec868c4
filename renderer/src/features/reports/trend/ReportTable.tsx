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

/** `report-keep` for a table short enough to move whole to the next page, else nothing. */
export const keepClass = (rows: number): string => (rows <= KEEP_ROWS ? 'report-keep' : '');

export function ReportTable({ caption, columns, rows, className = '' }: ReportTableProps) {
  return (
    <table className={`rt-table ${className} ${keepClass(rows.length)}`.trim()}>
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

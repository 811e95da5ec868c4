// The frame every trend chart shares: an SVG image with an accessible name that summarises it, a
// legend in HTML (readable at any zoom), and the numbers themselves in a table behind "Show the
// data", so nothing depends on seeing the drawing. The table is built when it is first opened:
// every team's 10,000 drills would otherwise put tens of thousands of rows no one has asked for
// into the page, and the screen would take that much longer to appear.
import { useState, type ReactNode } from 'react';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  /** A `tc-s0` … `tc-s7` series class, or `tc-line` / `tc-point`. */
  readonly swatch: string;
  readonly shape?: 'box' | 'line' | 'dot';
}

export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface ChartFrameProps {
  /** Read first by screen readers: what the chart shows and its main figures. */
  readonly summary: string;
  readonly width: number;
  readonly height: number;
  readonly legend: readonly LegendEntry[];
  /** The numbers; a function when they take work to write out, called once the table opens. */
  readonly table: DataTable | (() => DataTable);
  readonly className?: string;
  readonly children: ReactNode;
}

export function ChartFrame(props: ChartFrameProps) {
  const { summary, width, height, legend, table, className = '', children } = props;
  return (
    <figure className={`tc-figure ${className}`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
        {children}
      </svg>
      {legend.length > 0 && (
        <ul className="tc-legend" aria-label="Legend">
          {legend.map((entry) => (
            <li key={entry.key}>
              <span
                className={`tc-swatch tc-swatch-${entry.shape ?? 'box'} ${entry.swatch}`}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <DataDetails table={table} />
    </figure>
  );
}

function DataDetails({ table: given }: { readonly table: DataTable | (() => DataTable) }) {
  const [opened, setOpened] = useState(false);
  const table = opened ? (typeof given === 'function' ? given() : given) : undefined;
  return (
    <details
      className="tc-data"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>Show the data</summary>
      {table !== undefined && (
        <div className="tc-table-wrap">
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** Shortens a long label drawn in SVG (the full text is in the data table). */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

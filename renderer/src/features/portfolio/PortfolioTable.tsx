// The team × category heatmap: a real table, one row per team, with sortable column headers as
// buttons (aria-sort says the order). Every cell says its score and target in text; the colour
// only repeats the level.
import { Fragment, type ReactNode } from 'react';
import { cellWords, recoveryWords } from '../../domain/portfolio/cell-words';
import type { PortfolioColumn, PortfolioRow } from '../../domain/portfolio/portfolio';
import type { PortfolioSort, SortKey } from '../../domain/portfolio/sort-filter';
import { formatIsoDate } from '../../domain/dates/format';
import { STALE_AFTER_DAYS } from '../../domain/maturity/evidence-age';
import { countOf } from '../../domain/text/plural';

interface PortfolioTableProps {
  readonly columns: readonly PortfolioColumn[];
  readonly rows: readonly PortfolioRow[];
  readonly sort: PortfolioSort;
  readonly onSort: (key: SortKey) => void;
}

const sameKey = (a: SortKey, b: SortKey) => JSON.stringify(a) === JSON.stringify(b);

export function PortfolioTable({ columns, rows, sort, onSort }: PortfolioTableProps) {
  const header = (key: SortKey, label: ReactNode, className = '') => {
    const active = sameKey(sort.key, key);
    return (
      <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => {
            onSort(key);
          }}
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === 'ascending' ? '↑' : '↓') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="portfolio-scroll" role="region" aria-label="Teams and levels">
      <table className="portfolio-table">
        <caption className="visually-hidden">
          Teams by current maturity level per category, with targets, recovery times and staleness
        </caption>
        <thead>
          <tr>
            {header({ by: 'team' }, 'Team', 'team-col')}
            {header({ by: 'groups' }, 'Groups')}
            {columns.map((column) => (
              <Fragment key={column.categoryId}>
                {header({ by: 'category', categoryId: column.categoryId }, column.name)}
              </Fragment>
            ))}
            {header({ by: 'gap' }, 'Gap to targets')}
            {header({ by: 'drills' }, 'Drills: median (n)')}
            {header({ by: 'incidents' }, 'Incidents: median (n)')}
            {header({ by: 'lastDrill' }, 'Last drill')}
            {header({ by: 'stale' }, 'Stale')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TeamRow key={row.teamId} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TeamRow({ row }: { readonly row: PortfolioRow }) {
  const drills = recoveryWords(row.drills);
  const incidents = recoveryWords(row.incidents);
  return (
    <tr>
      <th scope="row" className="team-col">
        {row.teamName}
        {row.assessment === null ? (
          <span className="cell-note">no final assessment</span>
        ) : (
          <span className="cell-note">assessed {formatIsoDate(row.assessment.takenOn)}</span>
        )}
      </th>
      <td>{row.groupNames.length === 0 ? '—' : row.groupNames.join(', ')}</td>
      {row.cells.map((cell) => {
        const words = cellWords(cell);
        return (
          <td
            key={cell.categoryId}
            className={`heat level-${cell.level ?? 'none'}${cell.gap !== null && cell.gap > 0 ? ' below' : ''}`}
          >
            <span aria-hidden="true">
              <span className="heat-score">{words.score}</span>
              <span className="cell-note">{words.target}</span>
            </span>
            <span className="visually-hidden">{words.spoken}</span>
          </td>
        );
      })}
      <td className="nowrap">
        {row.missingTargets > 0
          ? `${row.totalGap} · ${row.missingTargets} missing`
          : row.cells.length === 0
            ? '—'
            : String(row.totalGap)}
      </td>
      <td className="nowrap">
        <span aria-hidden="true">{drills.text}</span>
        <span className="visually-hidden">{drills.spoken}</span>
      </td>
      <td className="nowrap">
        <span aria-hidden="true">{incidents.text}</span>
        <span className="visually-hidden">{incidents.spoken}</span>
      </td>
      <td>{row.lastDrill === null ? 'none' : formatIsoDate(row.lastDrill)}</td>
      <td>
        <StaleNote row={row} />
      </td>
    </tr>
  );
}

function StaleNote({ row }: { readonly row: PortfolioRow }) {
  const notes = [
    ...(row.staleAssessment ? [`assessment over ${STALE_AFTER_DAYS} days old`] : []),
    ...(row.staleEvidence > 0
      ? [`${countOf(row.staleEvidence, 'criterion', 'criteria')} with stale evidence`]
      : []),
  ];
  if (notes.length === 0) return <>—</>;
  return <span className="stale-note">⚠ {notes.join('; ')}</span>;
}

import { BACKUP_STORES, type ImportSummary, type StoreCounts } from '../../db/backup/format';
import { isStoreName, recordKind } from '../../domain/records/registry';

/** What a store holds, in words a user knows. */
const storeLabel = (store: string) => (isStoreName(store) ? recordKind(store).label.all : store);

function storesIn(summary: ImportSummary): string[] {
  const known = BACKUP_STORES.filter((store) => store in summary.stores);
  const other = Object.keys(summary.stores).filter(
    (store) => !(BACKUP_STORES as readonly string[]).includes(store),
  );
  return [...known, ...other];
}

interface ImportSummaryTableProps {
  readonly summary: ImportSummary;
  readonly caption: string;
  /** Column headings for a preview ("would be") or a result ("were"). */
  readonly tense: 'preview' | 'result';
}

export function ImportSummaryTable({ summary, caption, tense }: ImportSummaryTableProps) {
  const row = (label: string, counts: StoreCounts) => (
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
          <th scope="col">Records</th>
          <th scope="col">{tense === 'preview' ? 'New' : 'Added'}</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {storesIn(summary).map((store) => {
          const counts = summary.stores[store];
          return counts === undefined ? null : row(storeLabel(store), counts);
        })}
      </tbody>
      <tfoot>{row('Total', summary.total)}</tfoot>
    </table>
  );
}

/** "12 new, 3 updated, 140 unchanged" */
export function describeCounts(counts: StoreCounts, tense: 'preview' | 'result'): string {
  return `${counts.added} ${tense === 'preview' ? 'new' : 'added'}, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}

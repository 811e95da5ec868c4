import { ImportCountsTable } from '../../components/ImportCountsTable';
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
  const rows = storesIn(summary).flatMap((store) => {
    const counts = summary.stores[store];
    return counts === undefined ? [] : [[storeLabel(store), counts] as const];
  });
  return (
    <ImportCountsTable
      caption={caption}
      rowsHeading="Records"
      rows={rows}
      total={summary.total}
      tense={tense}
    />
  );
}

/** "12 new, 3 updated, 140 unchanged" */
export function describeCounts(counts: StoreCounts, tense: 'preview' | 'result'): string {
  return `${counts.added} ${tense === 'preview' ? 'new' : 'added'}, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}

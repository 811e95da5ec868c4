import type { ImportPreview, ImportSummary } from '../../db/backup/format';
import { ImportSummaryTable } from './ImportSummaryTable';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { formatInstantDateTime } from '../../domain/dates/format';
import { SCREEN_READER } from '../../platform/reader';

type Accepted = Extract<ImportPreview, { ok: true }>;

function formatInstant(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : formatInstantDateTime(at, SCREEN_READER);
}

interface RestorePreviewProps {
  readonly fileName: string;
  readonly preview: Accepted;
  readonly importing: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

export function RestorePreview({
  fileName,
  preview,
  importing,
  onImport,
  onCancel,
}: RestorePreviewProps) {
  const heading = useFocusOnMount();
  const { source, summary } = preview;
  const changes = summary.total.added + summary.total.updated;
  return (
    <section className="restore-preview" aria-labelledby="restore-preview-heading">
      <h4 id="restore-preview-heading" ref={heading} tabIndex={-1}>
        Before you import “{fileName}”
      </h4>
      <dl className="definition-list">
        <dt>Made by</dt>
        <dd>MTTR Studio {source.appVersion}</dd>
        <dt>Exported</dt>
        <dd>
          <time dateTime={source.exportedAt}>{formatInstant(source.exportedAt)}</time>
        </dd>
        <dt>Data format</dt>
        <dd>version {source.schemaVersion}</dd>
      </dl>
      <p>
        Importing merges the backup into your data, record by record: new records are added, a
        record changed more recently in the backup replaces yours, and nothing is deleted.
      </p>
      <ImportSummaryTable summary={summary} caption="What importing would change" tense="preview" />
      <p className={changes === 0 ? 'message' : undefined}>
        {changes === 0
          ? 'Everything in this backup is already here: importing it changes nothing.'
          : `${changes} record${changes === 1 ? '' : 's'} would be added or updated.`}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          aria-disabled={importing}
          onClick={() => {
            if (!importing) onImport();
          }}
        >
          {importing ? 'Importing…' : 'Import'}
        </button>
        <button type="button" className="button" disabled={importing} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

export function RestoreResult({
  fileName,
  summary,
}: {
  readonly fileName: string;
  readonly summary: ImportSummary;
}) {
  const heading = useFocusOnMount();
  return (
    <section className="restore-result" aria-labelledby="restore-result-heading">
      <h4 id="restore-result-heading" ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h4>
      <ImportSummaryTable summary={summary} caption="What the import changed" tense="result" />
    </section>
  );
}

// What merging several backups would do, file by file: each accepted file's counts (decided after
// the files before it), each refused file with its reason, and the total. One Import writes every
// accepted file, or nothing.
import { useEffect, useRef } from 'react';
import type { ManyPreview } from '../../db/backup/import-many';
import type { ImportSummary } from '../../db/backup/format';
import { countOf } from '../../domain/text/plural';
import { describeCounts, ImportSummaryTable } from './ImportSummaryTable';

interface ManyFilesPreviewProps {
  readonly preview: ManyPreview;
  readonly skipped: number;
  readonly importing: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

export function ManyFilesPreview(props: ManyFilesPreviewProps) {
  const { preview, skipped, importing, onImport, onCancel } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const accepted = preview.plans.length;
  const refused = preview.files.length - accepted;
  return (
    <section className="restore-preview" aria-labelledby="many-preview-heading">
      <h4 id="many-preview-heading" ref={heading} tabIndex={-1}>
        Before you merge {countOf(preview.files.length, 'file', 'files')}
      </h4>
      <p>
        The files are merged in the order below, each into the data as the ones before it leave it.{' '}
        {refused > 0 && `${countOf(refused, 'file is', 'files are')} refused and left out. `}
        {skipped > 0 &&
          `${countOf(skipped, 'other file', 'other files')} in the folder ${skipped === 1 ? 'is' : 'are'} not a backup (.json) and ${skipped === 1 ? 'was' : 'were'} skipped.`}
      </p>
      <table className="data import-files">
        <caption>What each file would change</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Teams</th>
            <th scope="col">Records</th>
          </tr>
        </thead>
        <tbody>
          {preview.files.map((file) => (
            <tr key={file.name}>
              <th scope="row">{file.name}</th>
              {file.ok ? (
                <>
                  <td>{teamsText(file.summary)}</td>
                  <td>{describeCounts(file.summary.total, 'preview')}</td>
                </>
              ) : (
                <td colSpan={2} className="refused">
                  Refused: {file.message}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {accepted > 0 && (
        <ImportSummaryTable
          summary={preview.total}
          caption="What merging the accepted files would change"
          tense="preview"
        />
      )}
      <div className="button-row">
        {accepted > 0 && (
          <button
            type="button"
            className="button primary"
            aria-disabled={importing}
            onClick={() => {
              if (!importing) onImport();
            }}
          >
            {importing ? 'Importing…' : `Import ${countOf(accepted, 'file', 'files')}`}
          </button>
        )}
        <button type="button" className="button" disabled={importing} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function teamsText(summary: ImportSummary): string {
  const teams = summary.stores.teams;
  if (teams === undefined) return '—';
  return `${teams.added} new, ${teams.updated} updated`;
}

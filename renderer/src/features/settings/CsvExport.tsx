import { useState } from 'react';
import { useTeamContext } from '../../session/team-context';
import { repos } from '../../db/app-db';
import { localToday } from '../../platform/reader';
import { toast } from '../../stores/toast.store';
import { drillsCsvFileName, incidentsCsvFileName } from './data-files';
import { saveTextFile, showInFolder } from '../../platform/save-file';

type Scope = 'team' | 'all';
type Kind = 'drills' | 'incidents';

/** Drills with their measures, one row per drill, and imported incidents, for a spreadsheet. */
export function CsvExport() {
  const { current, teams } = useTeamContext();
  const [chosen, setChosen] = useState<Scope>('team');
  const [busy, setBusy] = useState<Kind | null>(null);
  // Without a current team only "all teams" makes sense.
  const scope: Scope = current === null ? 'all' : chosen;

  const exportCsv = async (kind: Kind) => {
    setBusy(kind);
    try {
      const team = scope === 'team' ? current : null;
      const text =
        kind === 'drills'
          ? await repos.backup.drillsCsv(team?.id ?? null)
          : await repos.backup.incidentsCsv(team?.id ?? null);
      const now = Date.now();
      const fileName = kind === 'drills' ? drillsCsvFileName : incidentsCsvFileName;
      const outcome = await saveTextFile({
        suggestedName: fileName(team?.name ?? null, localToday(now)),
        content: text,
        kind: 'csv',
      });
      if (outcome.kind === 'saved') {
        toast.success(
          `${kind === 'drills' ? 'Drills' : 'Incidents'} saved as ${outcome.fileName}.`,
          showInFolder(outcome),
        );
      }
      if (outcome.kind === 'failed') toast.error(outcome.message);
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      toast.error(`The CSV could not be made: ${reason}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="csv-export">
      <fieldset className="field">
        <legend>Drills and incidents of</legend>
        <div className="radio-row">
          <label>
            <input
              type="radio"
              name="csv-scope"
              value="team"
              disabled={current === null}
              checked={scope === 'team'}
              onChange={() => {
                setChosen('team');
              }}
            />
            {current === null ? 'The current team (none yet)' : `${current.name} (current team)`}
          </label>
          <label>
            <input
              type="radio"
              name="csv-scope"
              value="all"
              checked={scope === 'all'}
              onChange={() => {
                setChosen('all');
              }}
            />
            All teams ({teams.length})
          </label>
        </div>
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-disabled={busy !== null}
          onClick={() => {
            if (busy === null) void exportCsv('drills');
          }}
        >
          {busy === 'drills' ? 'Exporting…' : 'Export drills as CSV'}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={busy !== null}
          onClick={() => {
            if (busy === null) void exportCsv('incidents');
          }}
        >
          {busy === 'incidents' ? 'Exporting…' : 'Export incidents as CSV'}
        </button>
      </div>
    </div>
  );
}

import { useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { repos } from '../../db/app-db';
import { useLive } from '../../db/live';
import type { PreparedIncidentImport } from '../../db/repositories/incidents.repository';
import type { CsvMapping } from '../../domain/incidents/csv-mapping';
import type { CsvTable } from '../../domain/incidents/csv-table';
import type { IncidentImportPlan } from '../../domain/incidents/import-decision';
import type { ImportOptions } from '../../domain/incidents/importer';
import { unknownSeverities } from '../../domain/incidents/import-result';
import type { Severity } from '../../domain/records/drills';
import { JIRA_DATE_FORMAT } from '../../domain/incidents/jira';
import { guessMapping } from '../../domain/incidents/mapping-draft';
import { checkSize, openIncidentFile } from '../../domain/incidents/open-file';
import { detectSource, PRESET_IDS, PRESETS, type PresetId } from '../../domain/incidents/presets';
import { SERVICENOW_DATE_FORMAT } from '../../domain/incidents/servicenow';
import { messagesOf } from '../../domain/outcome';
import type { TeamRecord } from '../../domain/records/teams';
import { NeedsTeam } from '../../session/NeedsTeam';
import { toast } from '../../stores/toast.store';
import { ImportPreview, IncidentChanges } from './ImportPreview';
import { MappingStep } from './MappingStep';
import { SeverityValues } from './SeverityValues';
import { LOCAL_TIME_ZONE, TIME_ZONES } from './time-zones';
import '../../styles/incidents.css';

export function ImportIncidentsPage() {
  return (
    <>
      <PageHeader
        title="Import incidents"
        description="Read an export of your incident tool. You see what it holds before anything is saved."
        actions={
          <Link className="button" to="/incidents">
            All incidents
          </Link>
        }
      />
      <NeedsTeam>{(team) => <ImportFlow key={team.id} team={team} />}</NeedsTeam>
    </>
  );
}

interface ChosenFile {
  readonly name: string;
  readonly text: string;
  readonly byteLength: number;
  /** What the file looks like, in words. */
  readonly description: string;
  readonly table: CsvTable | null;
}

type Phase =
  | { readonly kind: 'options' }
  | { readonly kind: 'previewing' }
  | {
      readonly kind: 'preview';
      readonly plan: IncidentImportPlan;
      readonly prepared: PreparedIncidentImport;
    }
  | {
      readonly kind: 'committing';
      readonly plan: IncidentImportPlan;
      readonly prepared: PreparedIncidentImport;
    }
  | { readonly kind: 'done'; readonly plan: IncidentImportPlan; readonly fileName: string };

/** The tools whose exports write times in the exporting user's own date format. */
const DATE_FORMATS: Partial<Record<PresetId, string>> = {
  servicenow: SERVICENOW_DATE_FORMAT,
  jira: JIRA_DATE_FORMAT,
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ImportFlow({ team }: { readonly team: TeamRecord }) {
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [error, setError] = useState('');
  const [preset, setPreset] = useState<PresetId | ''>('');
  const [timeZone, setTimeZone] = useState(LOCAL_TIME_ZONE);
  const [dateFormat, setDateFormat] = useState('');
  const [mapping, setMapping] = useState<CsvMapping | null>(null);
  const [severityMap, setSeverityMap] = useState<Record<string, Severity>>({});
  const [savedId, setSavedId] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'options' });
  const input = useRef<HTMLInputElement>(null);
  const saved = useLive(() => repos.importMappings.list(), []) ?? [];

  /** Any change to how the file is read sends the user back to preview it again. */
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPhase({ kind: 'options' });
    };

  const choosePreset = (chosen: PresetId | '', table: CsvTable | null, fileName: string) => {
    setPreset(chosen);
    setDateFormat(chosen === '' ? '' : (DATE_FORMATS[chosen] ?? ''));
    if (chosen === 'csv' && table !== null) {
      const name = fileName.replace(/\.[^.]*$/u, '').slice(0, 60) || 'Spreadsheet';
      setMapping({ ...guessMapping(table.header, name), timeZone });
    }
  };

  const load = async (chosen: File) => {
    setFile(null);
    setSeverityMap({});
    setSavedId('');
    setPhase({ kind: 'options' });
    const tooBig = checkSize(chosen.size, 0);
    if (tooBig !== undefined) {
      setError(`“${chosen.name}” cannot be imported. ${tooBig.message}`);
      return;
    }
    const text = await chosen.text();
    const opened = openIncidentFile(text, chosen.size);
    if (!opened.ok) {
      setError(`“${chosen.name}” cannot be imported. ${opened.problem.message}`);
      return;
    }
    const guess = detectSource(text, chosen.size);
    const table = opened.value.kind === 'csv' ? opened.value.table : null;
    setError('');
    setFile({
      name: chosen.name,
      text,
      byteLength: chosen.size,
      description: guess.description,
      table,
    });
    choosePreset(guess.preset ?? '', table, chosen.name);
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (a re-import) is a change too.
    event.currentTarget.value = '';
    if (chosen === undefined) return;
    load(chosen).catch((cause: unknown) => {
      setError(`The file could not be read: ${describe(cause)}`);
    });
  };

  const options = (): ImportOptions => ({
    timeZone,
    ...(dateFormat === '' ? {} : { dateFormat }),
    severityMap,
    ...(preset === 'csv' && mapping !== null ? { mapping } : {}),
  });

  const preview = async () => {
    if (file === null) return;
    if (preset === '') {
      setError('Choose the tool the file was exported from.');
      return;
    }
    if (preset === 'csv' && mapping?.columns.id === '') {
      setError('Choose the column that holds each incident’s id: re-imports are matched by it.');
      return;
    }
    setError('');
    setPhase({ kind: 'previewing' });
    const outcome = await repos.incidents.previewImport({
      teamId: team.id,
      fileName: file.name,
      text: file.text,
      byteLength: file.byteLength,
      preset,
      options: options(),
    });
    if (!outcome.ok) {
      setPhase({ kind: 'options' });
      setError(`“${file.name}” cannot be imported. ${outcome.problem.message}`);
      return;
    }
    setPhase({ kind: 'preview', ...outcome.value });
  };

  const commit = async (current: Extract<Phase, { kind: 'preview' }>) => {
    setPhase({ ...current, kind: 'committing' });
    const outcome = await repos.incidents.commitImport(current.prepared);
    if (!outcome.ok) {
      setPhase({ kind: 'options' });
      setError(`Nothing was imported. ${outcome.problem.message}`);
      return;
    }
    setPhase({ kind: 'done', plan: outcome.value, fileName: current.prepared.fileName });
    const { added, updated, unchanged } = outcome.value.counts;
    toast.success(
      `Incidents imported: ${added} added, ${updated} updated, ${unchanged} unchanged.`,
    );
  };

  const saveMapping = async (name: string): Promise<string | null> => {
    if (mapping === null) return 'There is no mapping to save.';
    const result = await repos.importMappings.save(name, mapping);
    return result.ok ? null : (messagesOf(result.errors)[0] ?? 'The mapping was not saved.');
  };

  const useSaved = (id: string) => {
    const found = saved.find((item) => item.id === id);
    setSavedId(id);
    if (found !== undefined) edit(setMapping)(found.mapping);
  };

  return (
    <div className="incident-import">
      <section className="card" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">The export of {team.name}</h2>
        <div className="field">
          <label htmlFor="incident-file">Incident export file</label>
          <span className="hint" id="incident-file-hint">
            JSON or CSV, as the tool exports it: PagerDuty, Opsgenie, incident.io, FireHydrant,
            Rootly, Grafana OnCall, ServiceNow, Jira Service Management or any spreadsheet.
          </span>
          <input
            ref={input}
            id="incident-file"
            type="file"
            accept=".json,.csv,.txt,application/json,text/csv"
            aria-describedby="incident-file-hint"
            disabled={phase.kind === 'committing'}
            onChange={onChoose}
          />
        </div>
        {file !== null && (
          <>
            <p role="status">
              “{file.name}” looks like {file.description}.
            </p>
            <div className="inline-form">
              <SelectField
                label="Exported from"
                value={preset}
                onChange={edit((value: string) => {
                  choosePreset(value as PresetId | '', file.table, file.name);
                })}
                options={[
                  ['', 'Choose the tool…'],
                  ...PRESET_IDS.map((id) => [id, PRESETS[id].label] as const),
                ]}
              />
              {preset !== 'csv' && (
                <SelectField
                  label="Zone of times written without one"
                  value={timeZone}
                  onChange={edit(setTimeZone)}
                  options={TIME_ZONES.map((zone) => [zone, zone] as const)}
                />
              )}
              {preset !== '' && DATE_FORMATS[preset] !== undefined && (
                <TextField
                  label="Date format of the export"
                  hint="As the exporting user’s preferences write dates (yyyy year, MM month, dd day, HH hour, mm minute)."
                  value={dateFormat}
                  onChange={edit(setDateFormat)}
                />
              )}
            </div>
            {preset !== '' && <p className="muted">{PRESETS[preset].detection}</p>}
          </>
        )}
      </section>
      {file !== null && file.table !== null && preset === 'csv' && mapping !== null && (
        <>
          {saved.length > 0 && (
            <div className="inline-form">
              <SelectField
                label="Use a saved mapping"
                value={savedId}
                onChange={useSaved}
                options={[
                  ['', 'Choose one…'],
                  ...saved.map((item) => [item.id, item.name] as const),
                ]}
              />
            </div>
          )}
          <MappingStep
            table={file.table}
            mapping={mapping}
            onChange={edit(setMapping)}
            saved={saved}
            onSave={saveMapping}
          />
        </>
      )}
      {/* Always present, so the message is announced when it appears. */}
      <div role="alert" className="import-alert">
        {error !== '' && <p className="message error">{error}</p>}
      </div>
      {file !== null && (phase.kind === 'options' || phase.kind === 'previewing') && (
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            aria-disabled={phase.kind === 'previewing'}
            onClick={() => {
              if (phase.kind === 'options') {
                preview().catch((cause: unknown) => {
                  setPhase({ kind: 'options' });
                  setError(`The file could not be read: ${describe(cause)}`);
                });
              }
            }}
          >
            {phase.kind === 'previewing' ? 'Reading…' : 'Preview the import'}
          </button>
        </div>
      )}
      {phase.kind === 'preview' && (
        <SeverityValues
          unknown={unknownSeverities(phase.prepared.file)}
          chosen={severityMap}
          onChange={setSeverityMap}
          onApply={() => {
            preview().catch((cause: unknown) => {
              setPhase({ kind: 'options' });
              setError(`The file could not be read: ${describe(cause)}`);
            });
          }}
        />
      )}
      {(phase.kind === 'preview' || phase.kind === 'committing') && (
        <ImportPreview
          fileName={phase.prepared.fileName}
          plan={phase.plan}
          committing={phase.kind === 'committing'}
          onCommit={() => {
            if (phase.kind !== 'preview') return;
            commit(phase).catch((cause: unknown) => {
              setPhase({ kind: 'options' });
              setError(`Nothing was imported: ${describe(cause)}`);
            });
          }}
          onCancel={() => {
            setPhase({ kind: 'options' });
            input.current?.focus();
          }}
        />
      )}
      {phase.kind === 'done' && <ImportResult fileName={phase.fileName} plan={phase.plan} />}
    </div>
  );
}

function ImportResult({
  fileName,
  plan,
}: {
  readonly fileName: string;
  readonly plan: IncidentImportPlan;
}) {
  const heading = useFocusOnMount();
  return (
    <section className="card import-result" aria-labelledby="incident-result-heading">
      <h2 id="incident-result-heading" ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h2>
      <IncidentChanges plan={plan} tense="result" />
      <p>
        <Link to="/incidents">See the incidents</Link>
      </p>
    </section>
  );
}

import { useState } from 'react';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CsvMapping, MappedStatus } from '../../domain/incidents/csv-mapping';
import { MAPPED_STATUSES } from '../../domain/incidents/csv-mapping';
import type { CsvTable } from '../../domain/incidents/csv-table';
import { columnValues } from '../../domain/incidents/mapping-draft';
import { SEVERITIES, type Severity } from '../../domain/records/drills';
import type { ImportMappingRecord } from '../../domain/records/import-mappings';
import { INCIDENT_MILESTONES } from '../../domain/records/incidents';
import { MILESTONE_LABELS } from '../../domain/words/incidents';
import { TIME_ZONES } from './time-zones';

type Columns = CsvMapping['columns'];

const FIELDS: readonly (readonly [keyof Columns, string])[] = [
  ['id', 'Incident id (required)'],
  ['title', 'Title'],
  ['severity', 'Severity'],
  ['services', 'Services'],
  ['team', 'Team'],
  ['status', 'Status'],
  ['runbookUsed', 'Runbook used (yes/no)'],
  ['automationUsed', 'Automation used (yes/no)'],
  ['reviewHeld', 'Review held (yes/no)'],
];

const STATUS_LABELS: Readonly<Record<MappedStatus, string>> = {
  resolved: 'Resolved: counted',
  open: 'Still open',
  cancelled: 'Cancelled',
  declined: 'Declined',
  merged: 'Merged into another',
  duplicate: 'A duplicate',
  rehearsal: 'A test or rehearsal',
};

const DATE_FORMATS: readonly (readonly [string, string])[] = [
  ['iso', 'ISO 8601 (2026-02-03T10:00:00Z or 2026-02-03 10:00)'],
  ['dd.MM.yyyy HH:mm', '03.02.2026 10:00'],
  ['dd/MM/yyyy HH:mm', '03/02/2026 10:00'],
  ['MM/dd/yyyy h:mm a', '02/03/2026 10:00 AM'],
  ['yyyy-MM-dd HH:mm:ss', '2026-02-03 10:00:00'],
  ['epoch-seconds', 'Seconds since 1970'],
  ['epoch-milliseconds', 'Milliseconds since 1970'],
];

/** The entries whose value is not one of `empty`: a choice of "none" removes the key. */
function without<T extends string>(
  record: Readonly<Record<string, T | undefined>>,
  empty: readonly string[],
): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter(
      (entry): entry is [string, T] => entry[1] !== undefined && !empty.includes(entry[1]),
    ),
  );
}

interface MappingStepProps {
  readonly table: CsvTable;
  readonly mapping: CsvMapping;
  readonly onChange: (mapping: CsvMapping) => void;
  readonly saved: readonly ImportMappingRecord[];
  readonly onSave: (name: string) => Promise<string | null>;
}

/** Which column is which, what the values mean, and how times are written: for any CSV. */
export function MappingStep({ table, mapping, onChange, saved, onSave }: MappingStepProps) {
  const columnOptions = [
    ['', '— not in this file —'] as const,
    ...table.header.filter((name) => name !== '').map((name) => [name, name] as const),
  ];
  const setColumn = (field: keyof Columns) => (value: string) => {
    const columns = without({ ...mapping.columns, [field]: value }, field === 'id' ? [] : ['']);
    onChange({ ...mapping, columns: { ...columns, id: columns.id ?? '' } });
  };
  const setMilestone = (milestone: (typeof INCIDENT_MILESTONES)[number]) => (value: string) => {
    const milestones = Object.fromEntries(
      Object.entries({ ...mapping.milestones, [milestone]: { column: value } }).filter(
        ([, spec]) => spec.column !== '',
      ),
    );
    onChange({ ...mapping, milestones });
  };
  const severities =
    mapping.columns.severity === undefined ? [] : columnValues(table, mapping.columns.severity);
  const statuses =
    mapping.columns.status === undefined ? [] : columnValues(table, mapping.columns.status);
  const knownFormat = DATE_FORMATS.some(([value]) => value === mapping.dateFormat);
  return (
    <section className="card mapping-step" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Which column is which</h2>
      <p className="muted">
        The file’s columns: {table.header.length}, rows: {table.rows.length}. Choose the column for
        each field; a milestone the file does not record stays “not recorded”.
      </p>
      <TextField
        label="Name of this source"
        hint="Keeps its ids apart from other spreadsheets’: the same number in two sheets is two incidents."
        value={mapping.sourceName}
        onChange={(sourceName) => {
          onChange({ ...mapping, sourceName });
        }}
      />
      <fieldset className="mapping-grid">
        <legend>Columns</legend>
        {FIELDS.map(([field, label]) => (
          <SelectField
            key={field}
            label={label}
            value={mapping.columns[field] ?? ''}
            onChange={setColumn(field)}
            options={columnOptions}
          />
        ))}
      </fieldset>
      <fieldset className="mapping-grid">
        <legend>Milestones (a date and time per column)</legend>
        {INCIDENT_MILESTONES.map((milestone) => (
          <SelectField
            key={milestone}
            label={MILESTONE_LABELS[milestone]}
            value={mapping.milestones[milestone]?.column ?? ''}
            onChange={setMilestone(milestone)}
            options={columnOptions}
          />
        ))}
      </fieldset>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            checked={mapping.detectionIsCreation}
            onChange={(event) => {
              onChange({ ...mapping, detectionIsCreation: event.target.checked });
            }}
          />
          The detection column is when the record was created, not when anyone noticed
        </label>
      </div>
      {severities.length > 0 && (
        <fieldset className="mapping-grid">
          <legend>Severity values → SEV1–4</legend>
          {severities.map((value) => (
            <SelectField
              key={value}
              label={`“${value}”`}
              value={mapping.severityValues[value] ?? ''}
              onChange={(chosen) => {
                const severityValues = without(
                  { ...mapping.severityValues, [value]: chosen as Severity },
                  [''],
                );
                onChange({ ...mapping, severityValues });
              }}
              options={[
                ['', 'Read as written (SEV1, P2, 3…)'],
                ...SEVERITIES.map((s) => [s, s] as const),
              ]}
            />
          ))}
        </fieldset>
      )}
      {statuses.length > 0 && (
        <fieldset className="mapping-grid">
          <legend>Status values</legend>
          {statuses.map((value) => (
            <SelectField
              key={value}
              label={`“${value}”`}
              value={mapping.statusValues[value] ?? ''}
              onChange={(chosen) => {
                const statusValues = without(
                  { ...mapping.statusValues, [value]: chosen as MappedStatus },
                  [''],
                );
                onChange({ ...mapping, statusValues });
              }}
              options={[
                ['', 'Not chosen'],
                ...MAPPED_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const),
              ]}
            />
          ))}
        </fieldset>
      )}
      <fieldset className="mapping-grid">
        <legend>How times and numbers are written</legend>
        <SelectField
          label="Date format"
          value={knownFormat ? mapping.dateFormat : 'other'}
          onChange={(dateFormat) => {
            onChange({ ...mapping, dateFormat: dateFormat === 'other' ? '' : dateFormat });
          }}
          options={[...DATE_FORMATS, ['other', 'Another format…']]}
        />
        {!knownFormat && (
          <TextField
            label="Another date format"
            hint="Letters for the parts: dd day, MM month, yyyy year, HH hour, mm minute, a AM/PM."
            value={mapping.dateFormat}
            onChange={(dateFormat) => {
              onChange({ ...mapping, dateFormat });
            }}
          />
        )}
        <SelectField
          label="Zone of times written without one"
          value={mapping.timeZone}
          onChange={(timeZone) => {
            onChange({ ...mapping, timeZone });
          }}
          options={TIME_ZONES.map((zone) => [zone, zone] as const)}
        />
        <SelectField
          label="Decimal separator"
          value={mapping.decimalSeparator}
          onChange={(value) => {
            onChange({ ...mapping, decimalSeparator: value === ',' ? ',' : '.' });
          }}
          options={[
            ['.', 'Point (12.5)'],
            [',', 'Comma (12,5)'],
          ]}
        />
        <TextField
          label="Between several services in one cell"
          value={mapping.listSeparator}
          onChange={(listSeparator) => {
            onChange({ ...mapping, listSeparator });
          }}
        />
      </fieldset>
      <SaveMapping saved={saved} onSave={onSave} />
    </section>
  );
}

function SaveMapping({
  saved,
  onSave,
}: {
  readonly saved: readonly ImportMappingRecord[];
  readonly onSave: (name: string) => Promise<string | null>;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState('');
  return (
    <div className="inline-form save-mapping">
      <TextField
        label="Save this mapping as"
        hint={
          saved.length === 0
            ? 'Use it again on the next export of this spreadsheet.'
            : `Saving under an existing name (${saved.map((m) => m.name).join(', ')}) replaces it.`
        }
        value={name}
        error={error}
        onChange={setName}
      />
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void onSave(name).then((problem) => {
              setError(problem ?? undefined);
              setMessage(problem === null ? `Saved as “${name.trim()}”.` : '');
            });
          }}
        >
          Save mapping
        </button>
        <p role="status" className="muted">
          {message}
        </p>
      </div>
    </div>
  );
}

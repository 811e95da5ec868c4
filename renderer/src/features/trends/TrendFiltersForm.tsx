// The filters above every view. Each is a labelled control whose value is kept in the URL.
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import type { TeamRecord } from '../../domain/records/teams';
import { PERIOD_LABELS, type PeriodPreset } from '../../domain/trends/filters';
import type { MeasuredSource } from '../../domain/trends/prepare';
import type { TrendParams } from './trend-params';
import { SEVERITIES } from '../../domain/records/drills';
import { TREND_SOURCE_LABELS, TREND_SOURCES } from '../../domain/reality/filters';
import {
  CHECKLIST_FILTER_LABELS,
  CHECKLIST_FILTERS,
  DETECTED_BY_FILTER_LABELS,
  DETECTED_BY_FILTERS,
  HYPOTHESIS_FILTER_LABELS,
  HYPOTHESIS_FILTERS,
} from '../../domain/trends/result-filters';

/** A filter's choices as [value, words], after "Any" (the empty value: no filter). */
function choices<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): [string, string][] {
  return [['', 'Any'], ...values.map((value): [string, string] => [value, labels[value]])];
}

interface TrendFiltersFormProps {
  readonly team: TeamRecord;
  readonly params: TrendParams;
  readonly source: MeasuredSource | undefined;
  readonly onChange: (key: keyof TrendParams, value: string) => void;
}

export function TrendFiltersForm({ team, params, source, onChange }: TrendFiltersFormProps) {
  const services = [...(source?.services ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const teamNames = new Map(source?.teams.map((t) => [t.id, t.name]));
  const scenarioIds = [...new Set(source?.drills.map((d) => d.scenarioId))];
  const scenarios = scenarioIds
    .map((id): [string, string] => [id, source?.scenarioNames.get(id) ?? id])
    .sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <section className="trends-filters" aria-label="Filters">
      <SelectField
        label="Teams"
        value={params.scope}
        onChange={(value) => {
          onChange('scope', value === 'team' ? '' : value);
        }}
        options={[
          ['team', `${team.name} (current team)`],
          ['all', 'All teams'],
        ]}
      />
      <SelectField
        label="Source"
        value={params.source}
        onChange={(value) => {
          onChange('source', value === 'both' ? '' : value);
        }}
        options={TREND_SOURCES.map((s): [string, string] => [s, TREND_SOURCE_LABELS[s]])}
      />
      <SelectField
        label="Period"
        value={params.period}
        onChange={(value) => {
          onChange('period', value);
        }}
        options={(Object.keys(PERIOD_LABELS) as PeriodPreset[]).map((p) => [p, PERIOD_LABELS[p]])}
      />
      {params.period === 'custom' && (
        <>
          <DateField
            label="From"
            value={params.from}
            onChange={(v) => {
              onChange('from', v);
            }}
          />
          <DateField
            label="To"
            value={params.to}
            onChange={(v) => {
              onChange('to', v);
            }}
          />
        </>
      )}
      <SelectField
        label="Service"
        value={services.some((s) => s.id === params.serviceId) ? (params.serviceId ?? '') : ''}
        onChange={(value) => {
          onChange('serviceId', value);
        }}
        options={[
          ['', 'All services'],
          ...services.map((s): [string, string] => [
            s.id,
            params.scope === 'all' ? `${s.name} (${teamNames.get(s.teamId) ?? 'team'})` : s.name,
          ]),
        ]}
      />
      <SelectField
        label="Severity"
        value={params.severity ?? ''}
        onChange={(value) => {
          onChange('severity', value);
        }}
        options={[['', 'All severities'], ...SEVERITIES.map((s): [string, string] => [s, s])]}
      />
      <SelectField
        label="Scenario"
        value={scenarios.some(([id]) => id === params.scenarioId) ? (params.scenarioId ?? '') : ''}
        onChange={(value) => {
          onChange('scenarioId', value);
        }}
        options={[['', 'All scenarios'], ...scenarios]}
      />
      {/* Results belong to drills: incidents have no hypothesis or checklist (the legend says so). */}
      <fieldset className="trends-results-filters">
        <legend>
          Drill results <span className="muted">(drills only)</span>
        </legend>
        <SelectField
          label="Hypothesis"
          value={params.hypothesis ?? ''}
          onChange={(value) => {
            onChange('hypothesis', value);
          }}
          options={choices(HYPOTHESIS_FILTERS, HYPOTHESIS_FILTER_LABELS)}
        />
        <SelectField
          label="Detected by"
          value={params.detectedBy ?? ''}
          onChange={(value) => {
            onChange('detectedBy', value);
          }}
          options={choices(DETECTED_BY_FILTERS, DETECTED_BY_FILTER_LABELS)}
        />
        <SelectField
          label="Checklists"
          value={params.checklist ?? ''}
          onChange={(value) => {
            onChange('checklist', value);
          }}
          options={choices(CHECKLIST_FILTERS, CHECKLIST_FILTER_LABELS)}
        />
      </fieldset>
    </section>
  );
}

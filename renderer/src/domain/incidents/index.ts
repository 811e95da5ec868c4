// Real incidents from the teams' incident tools: what the import preview, the
// incident store and the screens build on. Pure: files go in as text, incidents come out.
export {
  describePlace,
  type EpochMs,
  type KnownFlag,
  type MilestoneTime,
  type Milestones,
  type ParsedIncident,
  type Place,
} from './incident';
export { MILESTONE_LABELS } from '../words/incidents';
export {
  APART_KINDS,
  unknownSeverities,
  type ApartIncident,
  type ApartKind,
  type ImportOutcome,
  type ImportedFile,
  type RefusedRecord,
  type SkippedRecord,
} from './import-result';
export type { ImportOptions, Importer } from './importer';
export {
  PRESETS,
  PRESET_IDS,
  detectSource,
  importIncidents,
  type PresetId,
  type SourceGuess,
} from './presets';
export {
  MAPPED_STATUSES,
  csvMappingSchema,
  parseCsvMapping,
  type CsvMapping,
  type MappedStatus,
  type MilestoneColumn,
} from './csv-mapping';
export { measureIncident, type IncidentMeasures } from './incident-measures';
export { MAX_INCIDENT_FILE_BYTES } from './open-file';
export { JIRA_DATE_FORMAT } from './jira';
export { SERVICENOW_DATE_FORMAT } from './servicenow';
export { isKnownTimeZone } from './time-zone';
export {
  GENERATED_SHAPES,
  GENERATED_ZONE,
  generateExport,
  type GeneratedShape,
} from './generate-export';

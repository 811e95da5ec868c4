// Helpers for the importers' tests (test code, not used by the app): read a fixture with a preset,
// find an incident by id, and summarise a measure in minutes with the app's own statistics.
import { summarise, type Summary } from '../stats/summary';
import type { ParsedIncident } from './incident';
import { measureIncident, type IncidentMeasures } from './incident-measures';
import type { ImportOptions } from './importer';
import type { ApartIncident, ImportedFile, ImportOutcome, RefusedRecord } from './import-result';
import { importIncidents, type PresetId } from './presets';

export function imported(
  text: string,
  preset: PresetId,
  options: Partial<ImportOptions> = {},
): ImportedFile {
  const outcome = importIncidents(text, text.length, preset, { timeZone: 'UTC', ...options });
  if (!outcome.ok) throw new Error(`expected the file to be read: ${outcome.problem.message}`);
  return outcome;
}

export function problemOf(outcome: ImportOutcome): string {
  if (outcome.ok) throw new Error('expected the file to be refused');
  return outcome.problem.message;
}

export function incident(file: ImportedFile, sourceId: string): ParsedIncident {
  const found = file.incidents.find((item) => item.sourceId === sourceId);
  if (found === undefined) throw new Error(`no counted incident ${sourceId}`);
  return found;
}

export function apart(file: ImportedFile, sourceId: string): ApartIncident {
  const found = file.apart.find((item) => item.incident.sourceId === sourceId);
  if (found === undefined) throw new Error(`no incident ${sourceId} listed apart`);
  return found;
}

export function refused(file: ImportedFile, sourceId: string): RefusedRecord {
  const found = file.refused.find((item) => item.sourceId === sourceId);
  if (found === undefined) throw new Error(`no refused record ${sourceId}`);
  return found;
}

export const MINUTE = 60_000;

/** A measure of every counted incident, in minutes, summarised as Trends would. */
export function minutesSummary(file: ImportedFile, measure: keyof IncidentMeasures): Summary {
  const values = file.incidents
    .map((item) => measureIncident(item)[measure])
    .filter((value): value is number => typeof value === 'number')
    .map((value) => value / MINUTE);
  return summarise(values);
}

/** n, median and p90, rounded to avoid floating-point noise in comparisons. */
export function figures(summary: Summary): { n: number; median?: number; p90?: number } {
  const round = (value: number | undefined) =>
    value === undefined ? undefined : Math.round(value * 1000) / 1000;
  return { n: summary.n, median: round(summary.median), p90: round(summary.p90) };
}

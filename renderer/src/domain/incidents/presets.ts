// The presets the user picks from, and the two entry points: read a file with a preset, and
// suggest the preset for a file. A file of another kind than the preset expects is refused with
// what it looks like ("this looks like an Opsgenie alerts export, not …"), never half-read.
import { ANY_CSV } from './any-csv';
import { FIREHYDRANT } from './firehydrant';
import { GRAFANA_ONCALL } from './grafana-oncall';
import { INCIDENT_IO } from './incident-io';
import type { ImportOptions, Importer } from './importer';
import { fileProblem, type ImportOutcome } from './import-result';
import { JIRA } from './jira';
import { openIncidentFile, type FileContent } from './open-file';
import { OPSGENIE } from './opsgenie';
import { PAGERDUTY_ANALYTICS } from './pagerduty-analytics';
import { PAGERDUTY_REST } from './pagerduty-rest';
import { ROOTLY } from './rootly';
import { SERVICENOW } from './servicenow';
import { isKnownTimeZone } from './time-zone';
import { isUsableLayout } from './times';
import { isObject } from './values';

export const PRESETS = {
  'pagerduty-rest': PAGERDUTY_REST,
  'pagerduty-analytics': PAGERDUTY_ANALYTICS,
  opsgenie: OPSGENIE,
  'incident-io': INCIDENT_IO,
  firehydrant: FIREHYDRANT,
  rootly: ROOTLY,
  'grafana-oncall': GRAFANA_ONCALL,
  servicenow: SERVICENOW,
  jira: JIRA,
  csv: ANY_CSV,
} as const satisfies Readonly<Record<string, Importer>>;

export type PresetId = keyof typeof PRESETS;

/** In the order they are tried when recognising a file: any CSV, which takes every CSV, last. */
export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

export function importIncidents(
  text: string,
  byteLength: number,
  preset: PresetId,
  options: ImportOptions,
): ImportOutcome {
  const importer: Importer = PRESETS[preset];
  const opened = openIncidentFile(text, byteLength);
  if (!opened.ok) return opened;
  const content = opened.value;
  if (holdsEmptyList(importer, content)) {
    return {
      ok: true,
      tool: importer.tool,
      incidents: [],
      apart: [],
      refused: [],
      skipped: [],
      notes: ['The export holds no incidents.'],
    };
  }
  const wrongKind = checkKind(importer, content);
  if (wrongKind !== undefined) return fileProblem(wrongKind);
  if (!isKnownTimeZone(options.timeZone)) {
    return fileProblem(
      `"${options.timeZone}" is not a time zone this app knows: choose one from the list.`,
    );
  }
  if (options.dateFormat !== undefined && !isUsableLayout(options.dateFormat)) {
    return fileProblem(
      `The date format "${options.dateFormat}" names no day, month, year and hour.`,
    );
  }
  return importer.read(content, options);
}

export interface SourceGuess {
  /** undefined when no preset reads the file. */
  readonly preset: PresetId | undefined;
  /**
   * What the file looks like, in words ("a PagerDuty Analytics raw incidents export"), or, for a
   * file no preset could open, why (the file-level message).
   */
  readonly description: string;
}

/** The preset for a file, from its content alone; the import screen offers it first. */
export function detectSource(text: string, byteLength: number = text.length): SourceGuess {
  const opened = openIncidentFile(text, byteLength);
  if (!opened.ok) return { preset: undefined, description: opened.problem.message };
  return guess(opened.value);
}

function guess(content: FileContent): SourceGuess {
  const preset = PRESET_IDS.find((id) => PRESETS[id].recognise(content));
  if (preset !== undefined) return { preset, description: PRESETS[preset].kindOfFile };
  return { preset: undefined, description: describeJson(content) };
}

function checkKind(importer: Importer, content: FileContent): string | undefined {
  if (importer.recognise(content)) return undefined;
  const guessed = guess(content);
  const wanted = importer.kindOfFile;
  if (guessed.preset !== undefined && guessed.preset !== 'csv') {
    return `This looks like ${guessed.description}, not ${wanted}. Choose the “${PRESETS[guessed.preset].label}” preset.`;
  }
  if (content.kind === 'csv' && importer.format === 'json') {
    return `This is a CSV file, not ${wanted} (which is JSON). Choose “Any CSV” to pick its columns.`;
  }
  if (content.kind === 'csv') {
    return `This CSV file is not ${wanted}: it lacks the columns that export has. Its columns are ${listColumns(content.table.header)}; choose “Any CSV” to pick them.`;
  }
  return `This is ${guessed.description}, not ${wanted}.`;
}

/** A page of the preset's list with nothing on it: a valid export of a quiet period. */
function holdsEmptyList(importer: Importer, content: FileContent): boolean {
  if (content.kind !== 'json' || importer.listKey === undefined) return false;
  const { root } = content;
  const list = isObject(root) ? root[importer.listKey] : root;
  return Array.isArray(list) && list.length === 0;
}

function listColumns(header: readonly string[]): string {
  const shown = header.slice(0, 8).map((name) => `"${name}"`);
  return header.length > 8 ? `${shown.join(', ')} and ${header.length - 8} more` : shown.join(', ');
}

/** Words for a JSON file no preset reads, naming what it holds so the user can tell. */
function describeJson(content: FileContent): string {
  if (content.kind === 'csv') return 'a CSV file';
  const { root } = content;
  if (Array.isArray(root))
    return root.length === 0
      ? 'a JSON file with an empty list'
      : 'a JSON list that is not an incident export';
  if (isObject(root)) {
    const keys = Object.keys(root)
      .slice(0, 5)
      .map((key) => `"${key}"`)
      .join(', ');
    return keys === ''
      ? 'an empty JSON object'
      : `a JSON file with ${keys}, which no incident export has`;
  }
  return 'a JSON value that is not an incident export';
}

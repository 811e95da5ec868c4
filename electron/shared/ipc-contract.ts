// The IPC contract: every channel, the schema its arguments must pass, and its answer type. Main
// registers exactly these handlers (through the validating wrapper) and the preload exposes exactly
// one function per channel. Channel names are `area:verb-noun`.
import { z } from 'zod';
import {
  MAX_SAVE_FILE_CHARS,
  SAVE_FILE_KINDS,
  type AppInfo,
  type MenuCommand,
  type SaveFileOutcome,
} from './platform-api';
import { isUuid, type PresenterOutcome } from './presenter-request';
import { METRICS_FOLDER_API_FUNCTIONS } from './metrics-folder';
import { metricsFolderChannels, type MetricsFolderResults } from './metrics-folder-channels';
import {
  PAPER_SIZES,
  REPORT_PERIODS,
  REPORT_SEVERITIES,
  REPORT_HYPOTHESES,
  REPORT_DETECTED_BY,
  REPORT_CHECKLISTS,
  type ReportExportOutcome,
} from './report-request';
import { BACKUP_SOURCES, type OpenedBackups } from './backup-files';

/** Device names Windows reserves, with or without an extension (`CON`, `nul.json`, `COM1.csv`). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

/**
 * A bare file name: no folder separators, no leading dot, no characters Windows refuses, no
 * Windows device name, no trailing dot or space (Windows drops them, so the name would change).
 * The renderer suggests a name; only the user (in the dialog) picks where it goes.
 */
export function isBareFileName(name: string): boolean {
  let hasControl = false;
  for (let i = 0; i < name.length; i += 1) if (name.charCodeAt(i) < 0x20) hasControl = true;
  return (
    !hasControl &&
    !name.startsWith('.') &&
    !/[. ]$/u.test(name) &&
    !WINDOWS_DEVICE_NAME.test(name) &&
    !/[/\\:*?"<>|]/.test(name)
  );
}
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isBareFileName, 'must be a bare file name, without a folder');

const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  content: z.string().max(MAX_SAVE_FILE_CHARS),
  kind: z.enum(SAVE_FILE_KINDS),
});

/**
 * Record ids are UUIDs (a restored backup's are at most 100 characters); anything outside this
 * alphabet is refused before it reaches a URL.
 */
const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/u, 'must be a record id');

/** A real calendar day: the shape alone would let `2026-02-31` through to the report view. */
function isCalendarDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === date
  );
}
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'must be a day that exists');

const reportTarget = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assessment'), assessmentId: recordId }),
  z.strictObject({ kind: z.literal('drill'), drillId: recordId }),
  z.strictObject({ kind: z.literal('role-cards'), drillId: recordId }),
  z
    .strictObject({
      kind: z.literal('trend'),
      teamId: recordId,
      period: z.enum(REPORT_PERIODS),
      from: isoDay.optional(),
      to: isoDay.optional(),
      serviceId: recordId.optional(),
      severity: z.enum(REPORT_SEVERITIES).optional(),
      scenarioId: recordId.optional(),
      hypothesis: z.enum(REPORT_HYPOTHESES).optional(),
      detectedBy: z.enum(REPORT_DETECTED_BY).optional(),
      checklist: z.enum(REPORT_CHECKLISTS).optional(),
      compare: z
        .strictObject({ aFrom: isoDay, aTo: isoDay, bFrom: isoDay, bTo: isoDay })
        .refine((c) => c.aFrom <= c.aTo && c.bFrom <= c.bTo, 'each period must end after it starts')
        .optional(),
    })
    // ISO days compare as strings. A preset ignores from/to (reportRoute leaves them out).
    .refine(
      (t) =>
        t.period !== 'custom' || (t.from !== undefined && t.to !== undefined && t.from <= t.to),
      'a custom period needs a first and a last day, in order',
    ),
  z.strictObject({ kind: z.literal('portfolio'), groupId: recordId.optional() }),
]);

/** Names records by id only: main builds the report's URL itself (reportRoute). */
export const reportRequestSchema = z.strictObject({
  target: reportTarget,
  paper: z.enum(PAPER_SIZES),
});

/** A drill named by its UUID and nothing else: main builds the presenter's URL from it. */
const drillUuid = z.string().refine(isUuid, 'must be a drill id (a UUID)');

export const invokeChannels = {
  'app:get-info': { args: z.tuple([]) },
  'shell:open-external': { args: z.tuple([z.string().min(1).max(2048)]) },
  'file:save': { args: z.tuple([saveFileRequest]) },
  'report:export-pdf': { args: z.tuple([reportRequestSchema]) },
  'presenter:open': { args: z.tuple([drillUuid]) },
  'power:keep-display-awake': { args: z.tuple([z.boolean()]) },
  // A saved file is named by the id its save answered with, never by a path.
  'file:show-in-folder': { args: z.tuple([z.string().refine(isUuid, 'must be a saved file id')]) },
  ...metricsFolderChannels,
  'file:open-backups': { args: z.tuple([z.strictObject({ from: z.enum(BACKUP_SOURCES) })]) },
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof invokeChannels)[C]['args']>;

export interface InvokeResults extends MetricsFolderResults {
  'app:get-info': AppInfo;
  'shell:open-external': null;
  'file:save': SaveFileOutcome;
  'report:export-pdf': ReportExportOutcome;
  'presenter:open': PresenterOutcome;
  'power:keep-display-awake': null;
  'file:show-in-folder': null;
  'file:open-backups': OpenedBackups;
}

/** Events main sends to the renderer. */
export const eventChannels = {
  'menu:command': 'menu:command',
} as const;
export interface EventPayloads {
  'menu:command': MenuCommand;
}

/** The reviewed set of functions the preload exposes as `window.api`. Tests pin it. */
export const EXPOSED_API_FUNCTIONS = [
  'getAppInfo',
  'openExternal',
  'saveFile',
  'exportReportPdf',
  'openPresenter',
  'keepDisplayAwake',
  'showSavedFile',
  'openBackupFiles',
  'onMenuCommand',
  ...METRICS_FOLDER_API_FUNCTIONS,
] as const;

// The metrics command line (scripts/metrics.ts): the recovery metrics of one or more backups, for
// pipelines that collect teams' backups in a shared folder.
// Each file is read and merged exactly as the app imports it (preview, then commit: the same
// checks, and the same merge by id where the newer `updatedAt` wins), into a database held in
// memory, incidents included; the metrics are then read as the app reads them (loadMetricsInput:
// drills as Trends read them, and every team's stored incidents). Writes the three files of the
// export into <dir>; the `.prom` snapshot is written to a temporary name and renamed, so
// node_exporter's textfile collector never reads half a file. Exit status: 0 written, 1 a backup
// was refused or a file could not be written, 2 the command line is wrong.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../renderer/src/db/database';
import { commitImport, previewImport } from '../../renderer/src/db/backup';
import { createTrendsRepository } from '../../renderer/src/db/repositories/trends.repository';
import { createIncidentsRepository } from '../../renderer/src/db/repositories/incidents.repository';
import { loadMetricsInput } from '../../renderer/src/features/settings/metrics-input';
import { DEFAULT_DEPS } from '../../renderer/src/db/repositories/context';
import { metricsFiles, METRICS_FILE_NAMES } from '../../renderer/src/domain/metrics/metrics-files';

export const USAGE =
  'Usage: npm run metrics -- --backup <file.json> [--backup <file2.json> …] --out <dir>';

export interface CliResult {
  readonly code: 0 | 1 | 2;
  /** One line: what was written, or why nothing was. */
  readonly message: string;
}

const plural = (n: number, noun: string) => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;

const oneLine = (text: string) => text.replace(/\s*\n\s*/gu, ' ').trim();

export async function runMetricsCli(
  args: readonly string[],
  now: number = Date.now(),
): Promise<CliResult> {
  let backups: string[];
  let out: string;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { backup: { type: 'string', multiple: true }, out: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    backups = values.backup ?? [];
    out = values.out ?? '';
  } catch (error) {
    return { code: 2, message: `${oneLine((error as Error).message)}. ${USAGE}` };
  }
  if (backups.length === 0) return { code: 2, message: `No --backup file given. ${USAGE}` };
  if (out === '') return { code: 2, message: `No --out folder given. ${USAGE}` };

  // A database of its own, in memory, per run: the same code the app runs over IndexedDB.
  const db = openDatabase(`mttr-metrics-${String(process.pid)}-${String(now)}`, {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  try {
    for (const file of backups) {
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        return {
          code: 1,
          message: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        };
      }
      const preview = await previewImport(db, bytes.toString('utf8'), bytes.byteLength);
      if (!preview.ok) return { code: 1, message: `${file}: ${oneLine(preview.problem.message)}` };
      const committed = await commitImport(db, preview.plan);
      if (!committed.ok) {
        return { code: 1, message: `${file}: ${oneLine(committed.problem.message)}` };
      }
    }
    const context = { db, ...DEFAULT_DEPS };
    const input = await loadMetricsInput(
      { trends: createTrendsRepository(context), incidents: createIncidentsRepository(context) },
      now,
    );
    const files = metricsFiles(input);
    try {
      await mkdir(out, { recursive: true });
      for (const file of files) {
        const target = join(out, file.name);
        if (file.name === METRICS_FILE_NAMES.snapshot) await writeAtomically(target, file.content);
        else await writeFile(target, file.content, 'utf8');
      }
    } catch (error) {
      return {
        code: 1,
        message: `${out}: the metrics could not be written (${oneLine((error as Error).message)}).`,
      };
    }
    const drills = input.trends.drills.length;
    const incidents = input.incidents.filter((incident) => incident.state === 'recovered').length;
    return {
      code: 0,
      message: `Wrote ${files.map((f) => f.name).join(', ')} to ${out} from ${String(backups.length)} backup${backups.length === 1 ? '' : 's'} (${plural(drills, 'finished drill')}, ${plural(incidents, 'recovered incident')}).`,
    };
  } finally {
    db.close();
  }
}

/**
 * Written beside the target under a name the textfile collector ignores (it reads `*.prom` only),
 * then renamed over it: a rename within one folder replaces the file in one step.
 */
export async function writeAtomically(target: string, content: string): Promise<void> {
  const temporary = join(target, '..', `.${basename(target)}.${String(process.pid)}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

// The app's log file, in its data folder (logs/main.log), for "Help → Show logs" and for a
// facilitator to send with a problem report. Small and rotated: past the size limit the file
// becomes main.1.log (replacing the one before) and a new one starts, so it never grows without
// end. Writing is synchronous and never throws: a log that cannot be written must not break the app.
import path from 'node:path';
import { inspect } from 'node:util';

/** The file-system calls the log uses (node:fs in the app, a fake in tests). */
export interface LogFs {
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  appendFileSync(file: string, text: string): void;
  statSync(file: string): { size: number };
  renameSync(from: string, to: string): void;
}

export interface LogFile {
  readonly folder: string;
  readonly file: string;
  write(level: 'info' | 'warn' | 'error', message: string, error?: unknown): void;
}

/** 1 MiB: weeks of ordinary use, and small enough to attach to a message. */
export const LOG_MAX_BYTES = 1024 * 1024;

function describe(error: unknown): string {
  if (error === undefined) return '';
  if (error instanceof Error) return ` ${error.stack ?? error.message}`;
  return ` ${inspect(error)}`;
}

export function createLogFile(
  userData: string,
  fs: LogFs,
  now: () => Date = () => new Date(),
  maxBytes = LOG_MAX_BYTES,
): LogFile {
  const folder = path.join(userData, 'logs');
  const file = path.join(folder, 'main.log');
  const previous = path.join(folder, 'main.1.log');
  let ready = false;
  return {
    folder,
    file,
    write(level, message, error) {
      try {
        if (!ready) {
          fs.mkdirSync(folder, { recursive: true });
          ready = true;
        }
        let size = 0;
        try {
          size = fs.statSync(file).size;
        } catch {
          size = 0; // no file yet
        }
        if (size >= maxBytes) fs.renameSync(file, previous);
        fs.appendFileSync(file, `${now().toISOString()} ${level} ${message}${describe(error)}\n`);
      } catch {
        // Nowhere to write (read-only disk, full disk): the console still has it.
      }
    },
  };
}

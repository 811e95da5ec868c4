// The peak memory of the page under test, as the system counts it: the resident set of the
// browser's renderer processes, read from Linux's /proc. Each process keeps its own high-water mark
// (VmHWM), so a peak is read after the work with no sampling to miss it, and writing 5 to a
// process's clear_refs starts a new one before a step. A renderer holds the page's JavaScript heap,
// its DOM and the decoded records it reads from the database: what an import's parsing and
// checking, or a screen reading every team's facts, cost in memory. Chromium starts spare
// renderers beside the page's own; the largest peak is the page's.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KIB_PER_MIB = 1024;

/** What the benchmark says where memory cannot be read, and so is not measured. */
export const NOT_MEASURABLE =
  'Peak memory is read from /proc, which this system does not have: memory figures not measured.';

/** A step's time, and the page's peak resident memory during it (undefined: not measurable). */
export interface TimeAndPeak {
  readonly ms: number;
  readonly peakMib: number | undefined;
}

/** True where this system keeps the high-water marks read here (Linux's /proc). */
export function memoryMeasurable(procRoot = '/proc'): boolean {
  const status = join(procRoot, 'self', 'status');
  return existsSync(status) && peakKibOf(readFileSync(status, 'utf8')) !== undefined;
}

/** A process's peak resident set in KiB, from its /proc status text; undefined when absent. */
export function peakKibOf(status: string): number | undefined {
  const match = /^VmHWM:\s+(\d+)\s+kB$/mu.exec(status);
  return match === null ? undefined : Number(match[1]);
}

/**
 * The renderer processes of the browser started on `userDataDir`. Chromium passes the profile
 * folder to every process it starts, and writes each one's arguments as one line separated by
 * spaces (it rewrites its process titles), so both separators are read.
 */
export function rendererPids(userDataDir: string, procRoot = '/proc'): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync(procRoot)) {
    if (!/^\d+$/u.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(join(procRoot, entry, 'cmdline'), 'utf8').split(/[\0 ]/u);
    } catch {
      continue; // The process ended between the listing and the read.
    }
    if (args.includes('--type=renderer') && args.includes(`--user-data-dir=${userDataDir}`)) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

/** Starts a new high-water mark in each process (Linux: 5 written to clear_refs). */
export function resetPeaks(pids: readonly number[], procRoot = '/proc'): void {
  for (const pid of pids) writeFileSync(join(procRoot, String(pid), 'clear_refs'), '5');
}

/** The largest peak resident set of `pids` in MiB, to one decimal. */
export function largestPeakMib(pids: readonly number[], procRoot = '/proc'): number {
  const peaks = pids.flatMap((pid) => {
    try {
      return [peakKibOf(readFileSync(join(procRoot, String(pid), 'status'), 'utf8')) ?? 0];
    } catch {
      return []; // A spare renderer the browser closed meanwhile.
    }
  });
  if (peaks.length === 0) throw new Error('No renderer process of the browser could be read.');
  return Math.round((Math.max(...peaks) / KIB_PER_MIB) * 10) / 10;
}

/** The largest peak of the browser's renderers in MiB, since they started or were last reset. */
export function rendererPeakMib(userDataDir: string): number {
  return largestPeakMib(rendererPids(userDataDir));
}

/** Starts a new peak in every renderer of the browser. */
export function resetRendererPeaks(userDataDir: string): void {
  resetPeaks(rendererPids(userDataDir));
}

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  largestPeakMib,
  memoryMeasurable,
  peakKibOf,
  rendererPids,
  resetPeaks,
} from './renderer-memory';

const status = (hwmKib: number) =>
  `Name:\tchromium\nVmPeak:\t 9999999 kB\nVmHWM:\t  ${String(hwmKib)} kB\nVmRSS:\t   12345 kB\n`;

describe('peakKibOf', () => {
  it('reads the high-water mark, not the peak of virtual memory or the current set', () => {
    expect(peakKibOf(status(524_288))).toBe(524_288);
  });
  it('is undefined where the system does not keep one', () => {
    expect(peakKibOf('Name:\tkernel-thread\n')).toBeUndefined();
  });
});

describe('the renderers of one browser', () => {
  let proc: string;
  const processOf = (pid: number, args: readonly string[], separator: string, hwmKib = 1024) => {
    mkdirSync(join(proc, String(pid)));
    writeFileSync(join(proc, String(pid), 'cmdline'), args.join(separator));
    writeFileSync(join(proc, String(pid), 'status'), status(hwmKib));
    writeFileSync(join(proc, String(pid), 'clear_refs'), '');
  };
  beforeEach(() => {
    proc = mkdtempSync(join(tmpdir(), 'mttr-proc-'));
    mkdirSync(join(proc, 'self'));
    // The browser, a renderer as Chromium titles it (spaces), one with plain arguments, another
    // browser's renderer, and a GPU process of the same browser.
    processOf(100, ['chromium', '--user-data-dir=/p/one'], '\0');
    processOf(101, ['chromium', '--type=renderer', '--user-data-dir=/p/one'], ' ', 600 * 1024);
    processOf(102, ['chromium', '--type=renderer', '--user-data-dir=/p/one'], '\0', 90 * 1024);
    processOf(103, ['chromium', '--type=renderer', '--user-data-dir=/p/one-more'], ' ', 900 * 1024);
    processOf(104, ['chromium', '--type=gpu-process', '--user-data-dir=/p/one'], ' ', 800 * 1024);
    writeFileSync(join(proc, 'self', 'status'), status(1));
  });
  afterEach(() => {
    rmSync(proc, { recursive: true, force: true });
  });

  it('are the renderer processes started on its profile folder, however their titles are written', () => {
    expect(rendererPids('/p/one', proc).sort()).toEqual([101, 102]);
  });

  it('peak at the largest of their high-water marks, in MiB', () => {
    expect(largestPeakMib(rendererPids('/p/one', proc), proc)).toBe(600);
  });

  it('start new peaks when told, each in its own process', () => {
    resetPeaks([101, 102], proc);
    expect(readFileSync(join(proc, '101', 'clear_refs'), 'utf8')).toBe('5');
    expect(readFileSync(join(proc, '102', 'clear_refs'), 'utf8')).toBe('5');
    expect(readFileSync(join(proc, '103', 'clear_refs'), 'utf8')).toBe('');
  });

  it('say so when none can be read, rather than reporting no memory', () => {
    expect(() => largestPeakMib([999], proc)).toThrow(/No renderer process/u);
  });

  it('are measurable where the system keeps high-water marks', () => {
    expect(memoryMeasurable(proc)).toBe(true);
    writeFileSync(join(proc, 'self', 'status'), 'Name:\tx\n');
    expect(memoryMeasurable(proc)).toBe(false);
  });
});

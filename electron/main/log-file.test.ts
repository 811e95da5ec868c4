import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogFile, type LogFs } from './log-file';

function memoryFs() {
  const files = new Map<string, string>();
  const dirs = new Set<string>();
  const fs: LogFs = {
    mkdirSync: (dir) => dirs.add(dir),
    appendFileSync: (file, text) => {
      if (!dirs.has(path.dirname(file))) throw new Error('ENOENT');
      files.set(file, (files.get(file) ?? '') + text);
    },
    statSync: (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error('ENOENT');
      return { size: Buffer.byteLength(text) };
    },
    renameSync: (from, to) => {
      files.set(to, files.get(from) ?? '');
      files.delete(from);
    },
  };
  return { fs, files };
}

const at = () => new Date('2026-12-07T03:00:00.000Z');
const DATA = path.join('/home', 'sam', '.config', 'MTTR Studio');
const LOG = path.join(DATA, 'logs', 'main.log');
const OLD = path.join(DATA, 'logs', 'main.1.log');

describe('the log file', () => {
  it('lives in the data folder’s logs folder, one line per entry with time and level', () => {
    const { fs, files } = memoryFs();
    const log = createLogFile(DATA, fs, at);
    expect(log.file).toBe(LOG);
    log.write('warn', 'Blocked navigation to https://evil.example/');
    log.write('error', 'IPC file:save handler threw', new Error('disk on fire'));
    const lines = (files.get(LOG) ?? '').split('\n');
    expect(lines[0]).toBe(
      '2026-12-07T03:00:00.000Z warn Blocked navigation to https://evil.example/',
    );
    expect(lines[1]).toMatch(
      /^2026-12-07T03:00:00.000Z error IPC file:save handler threw Error: disk on fire/,
    );
  });

  it('rotates past its size: the full file becomes main.1.log and a new one starts', () => {
    const { fs, files } = memoryFs();
    const log = createLogFile(DATA, fs, at, 200);
    for (let i = 0; i < 6; i++) log.write('info', `entry ${i} ${'x'.repeat(40)}`);
    expect(Buffer.byteLength(files.get(LOG) ?? '')).toBeLessThan(200 + 100);
    expect(files.get(OLD)).toContain('entry 0');
    expect(files.get(LOG)).toContain('entry 5');
    expect(files.get(LOG)).not.toContain('entry 0');
    // Only two files, ever.
    expect([...files.keys()].sort()).toEqual([OLD, LOG].sort());
  });

  it('never throws when it cannot write', () => {
    const log = createLogFile(DATA, {
      mkdirSync: () => {
        throw new Error('EROFS');
      },
      appendFileSync: () => undefined,
      statSync: () => ({ size: 0 }),
      renameSync: () => undefined,
    });
    expect(() => {
      log.write('error', 'anything');
    }).not.toThrow();
  });
});

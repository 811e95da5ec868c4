import Dexie, { type DBCore } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { isQuotaExceeded, watchForFullDisk } from './quota-watch';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaExceeded', () => {
  it('recognises the browser error itself', () => {
    expect(isQuotaExceeded(quota())).toBe(true);
  });

  it('recognises Dexie’s own error class', () => {
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
  });

  it('recognises a transaction aborted because of it (Dexie AbortError with inner)', () => {
    expect(isQuotaExceeded(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
  });

  it('recognises it among the failures of a bulk write', () => {
    const bulk = new Dexie.BulkError('1 of 2 operations failed', [quota()]);
    expect(isQuotaExceeded(bulk)).toBe(true);
  });

  it('recognises it as the cause of a wrapping error', () => {
    expect(isQuotaExceeded(new Error('save failed', { cause: quota() }))).toBe(true);
  });

  it.each([
    ['another DOMException', new DOMException('gone', 'NotFoundError')],
    ['a constraint error', new Dexie.ConstraintError('Key already exists')],
    ['an abort for another reason', new Dexie.AbortError('aborted', new Error('x'))],
    ['a plain error that mentions quota', new Error('QuotaExceededError')],
    ['a string', 'QuotaExceededError'],
    ['null', null],
    ['undefined', undefined],
  ])('does not mistake %s for a full disk', (_name, error) => {
    expect(isQuotaExceeded(error)).toBe(false);
  });

  it('does not loop on an error that contains itself', () => {
    const selfish: { name: string; inner?: unknown } = { name: 'Error' };
    selfish.inner = selfish;
    expect(isQuotaExceeded(selfish)).toBe(false);
  });
});

describe('watchForFullDisk', () => {
  function fakeTransaction(error: unknown) {
    const target = new EventTarget();
    return Object.assign(target, { error, abort: vi.fn() });
  }

  function wrap(tx: EventTarget, onFull: () => void) {
    const down = { transaction: vi.fn(() => tx) } as unknown as DBCore;
    const core = watchForFullDisk(onFull).create(down);
    if (core.transaction === undefined) throw new Error('no transaction');
    return core.transaction.bind(core);
  }

  it('reports a read-write transaction that aborts for lack of space', () => {
    const onFull = vi.fn();
    const tx = fakeTransaction(quota());
    expect(wrap(tx, onFull)(['drills'], 'readwrite')).toBe(tx);
    tx.dispatchEvent(new Event('abort'));
    expect(onFull).toHaveBeenCalledTimes(1);
  });

  it('stays quiet for other aborts and for read-only transactions', () => {
    const onFull = vi.fn();
    const other = fakeTransaction(new DOMException('x', 'ConstraintError'));
    wrap(other, onFull)(['drills'], 'readwrite');
    other.dispatchEvent(new Event('abort'));
    const read = fakeTransaction(quota());
    wrap(read, onFull)(['drills'], 'readonly');
    read.dispatchEvent(new Event('abort'));
    expect(onFull).not.toHaveBeenCalled();
  });
});

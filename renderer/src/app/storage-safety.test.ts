import { describe, expect, it, vi } from 'vitest';
import type { MttrDatabase } from '../db/database';
import { requestPersistentStorage, watchForDiskFull } from './storage-safety';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('requestPersistentStorage', () => {
  it('asks once when the storage is not persistent yet, and reports the answer', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(false)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when it already is', async () => {
    const storage = {
      persisted: vi.fn(() => Promise.resolve(true)),
      persist: vi.fn(() => Promise.resolve(true)),
    };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, and copes with a browser without the API', async () => {
    const refused = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(false),
    };
    expect(await requestPersistentStorage(refused)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBeNull();
    const broken = { persisted: () => Promise.reject(new Error('no')), persist: vi.fn() };
    expect(await requestPersistentStorage(broken)).toBeNull();
  });
});

describe('watchForDiskFull', () => {
  function setUp() {
    const target = new EventTarget();
    const use = vi.fn();
    const onFull = vi.fn();
    watchForDiskFull(target as unknown as Window, { use } as unknown as MttrDatabase, onFull);
    return { target, use, onFull };
  }

  function rejection(reason: unknown): Event {
    return Object.assign(new Event('unhandledrejection'), { reason });
  }

  it('installs the database watch for transactions that abort for lack of space', () => {
    const { use } = setUp();
    expect(use).toHaveBeenCalledWith(expect.objectContaining({ stack: 'dbcore' }));
  });

  it('raises the alert for an unhandled quota rejection or error, and for nothing else', () => {
    const { target, onFull } = setUp();
    target.dispatchEvent(rejection(new Error('network down')));
    target.dispatchEvent(Object.assign(new Event('error'), { error: new TypeError('x') }));
    expect(onFull).not.toHaveBeenCalled();

    target.dispatchEvent(rejection(quota()));
    target.dispatchEvent(Object.assign(new Event('error'), { error: quota() }));
    expect(onFull).toHaveBeenCalledTimes(2);
  });
});

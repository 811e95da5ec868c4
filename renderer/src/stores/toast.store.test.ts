import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SUCCESS_LIFETIME_MS, toast, useToasts, withToast } from './toast.store';

const texts = () => useToasts.getState().toasts.map((t) => `${t.kind}: ${t.text}`);

describe('messages', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useToasts.setState({ toasts: [] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('let a confirmation fade on its own', () => {
    toast.success('Team created.');
    expect(texts()).toEqual(['success: Team created.']);
    vi.advanceTimersByTime(SUCCESS_LIFETIME_MS);
    expect(texts()).toEqual([]);
  });

  it('keep a confirmation with something to do (Show in folder) until dismissed or replaced', () => {
    const run = vi.fn();
    toast.success('Backup saved as b.json.', { label: 'Show in folder', run });
    vi.advanceTimersByTime(60_000);
    expect(texts()).toEqual(['success: Backup saved as b.json.']);
    useToasts.getState().toasts[0]?.action?.run();
    expect(run).toHaveBeenCalledTimes(1);
    toast.success('Team created.');
    expect(texts()).toEqual(['success: Team created.']);
  });

  it('keep a failure until it is dismissed, however long that takes', () => {
    toast.error('That could not be saved.');
    vi.advanceTimersByTime(60 * 60_000);
    expect(texts()).toEqual(['error: That could not be saved.']);
    const [only] = useToasts.getState().toasts;
    useToasts.getState().dismiss(only?.id ?? -1);
    expect(texts()).toEqual([]);
  });

  it('keep every failure, each once, and only the newest confirmation', () => {
    toast.error('First.');
    toast.success('Saved.');
    toast.error('Second.');
    toast.error('First.');
    toast.success('Saved again.');
    expect(texts()).toEqual(['error: Second.', 'error: First.', 'success: Saved again.']);
  });

  it('are added without changing the list they are added to', () => {
    const before = [{ id: 1, kind: 'error', text: 'A.' }] as const;
    expect(withToast(before, { id: 2, kind: 'success', text: 'B.' })).toHaveLength(2);
    expect(before).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { finishAction, recordMenuCommand, useMenuActions } from './menu-actions';

describe('menu actions', () => {
  it('keep a data command until its screen takes it, once', () => {
    recordMenuCommand('data:backup');
    const first = useMenuActions.getState().pending;
    expect(first?.command).toBe('data:backup');
    finishAction('data:restore');
    expect(useMenuActions.getState().pending).toBe(first);
    finishAction('data:backup');
    expect(useMenuActions.getState().pending).toBeNull();
  });

  it('tell two requests for the same command apart', () => {
    recordMenuCommand('data:restore');
    const first = useMenuActions.getState().pending?.id;
    recordMenuCommand('data:restore');
    expect(useMenuActions.getState().pending?.id).not.toBe(first);
    finishAction('data:restore');
  });

  it('ignore commands that only open a screen', () => {
    recordMenuCommand('go:drills');
    expect(useMenuActions.getState().pending).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { watchForCrashes, type GoneDetails, type RecoverableWindow } from './crash-recovery';

type Handler = (...args: unknown[]) => void;

function fakeWindow() {
  const handlers = new Map<string, Handler>();
  let gone: ((event: unknown, details: GoneDetails) => void) | undefined;
  const reload = vi.fn();
  const close = vi.fn();
  const state = { destroyed: false };
  const win: RecoverableWindow = {
    webContents: {
      on: (_event, listener) => {
        gone = listener;
      },
      reload,
    },
    on: (event: string, listener: Handler) => handlers.set(event, listener),
    close,
    isDestroyed: () => state.destroyed,
  };
  return {
    win,
    reload,
    close,
    state,
    crash: (details: GoneDetails) => {
      gone?.({}, details);
    },
    emit: (event: string) => {
      handlers.get(event)?.();
    },
  };
}

function setUp(response: number) {
  const fake = fakeWindow();
  let answer: (choice: { response: number }) => void = () => undefined;
  const ask = vi.fn(
    () =>
      new Promise<{ response: number }>((resolve) => {
        answer = resolve;
      }),
  );
  watchForCrashes(fake.win, { ask, log: vi.fn() });
  return {
    ...fake,
    ask,
    answer: () => {
      answer({ response });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('crash and hang recovery', () => {
  it('offers to reload a crashed page, saying nothing is lost, and reloads on yes', async () => {
    const { crash, ask, answer, reload } = setUp(0);
    crash({ reason: 'crashed', exitCode: 139 });
    expect(ask).toHaveBeenCalledTimes(1);
    const options = ask.mock.calls[0] as unknown as [{ buttons: string[]; detail: string }];
    expect(options[0].buttons).toEqual(['Reload', 'Close window']);
    expect(options[0].detail).toContain('reloading loses nothing');
    answer();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('closes the window when the user chooses to', async () => {
    const { crash, answer, close, reload } = setUp(1);
    crash({ reason: 'oom' });
    answer();
    await settle();
    expect(close).toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('asks nothing when the page ended on purpose', () => {
    const { crash, ask } = setUp(0);
    crash({ reason: 'clean-exit' });
    crash({ reason: 'killed-by-user' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('offers to reload a hung page, or to keep waiting', async () => {
    const { emit, ask, answer, reload } = setUp(0);
    emit('unresponsive');
    emit('unresponsive');
    expect(ask).toHaveBeenCalledTimes(1);
    const options = ask.mock.calls[0] as unknown as [{ buttons: string[] }];
    expect(options[0].buttons).toEqual(['Reload', 'Keep waiting']);
    answer();
    await settle();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload a page that recovered while the dialog was up', async () => {
    const { emit, answer, reload } = setUp(0);
    emit('unresponsive');
    emit('responsive');
    answer();
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });

  it('does nothing to a window closed while the dialog was up', async () => {
    const { crash, answer, reload, state } = setUp(0);
    crash({ reason: 'crashed' });
    state.destroyed = true;
    answer();
    await settle();
    expect(reload).not.toHaveBeenCalled();
  });
});

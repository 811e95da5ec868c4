import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  REPORT_ERROR_ATTRIBUTE,
  REPORT_FILE_NAME_ATTRIBUTE,
  REPORT_STATE_ATTRIBUTE,
} from '../../shared/report-request';
import { WAIT_FOR_REPORT_SIGNAL_SCRIPT, parseReportSignal } from './report-signal';

interface ObserveOptions {
  readonly attributes?: boolean;
  readonly attributeFilter?: readonly string[];
}

/** Just enough of `<html>` and MutationObserver for the script: attributes and their changes. */
function fakePage() {
  const attributes = new Map<string, string>();
  const observers = new Set<FakeObserver>();

  class FakeObserver {
    private filter: readonly string[] | undefined;
    constructor(private readonly callback: () => void) {}
    observe(_target: unknown, options: ObserveOptions) {
      this.filter = options.attributeFilter;
      observers.add(this);
    }
    disconnect() {
      observers.delete(this);
    }
    notify(name: string) {
      if (this.filter === undefined || this.filter.includes(name)) this.callback();
    }
  }

  const root = { getAttribute: (name: string) => attributes.get(name) ?? null };
  const setAttribute = (name: string, value: string) => {
    attributes.set(name, value);
    for (const observer of [...observers]) observer.notify(name);
  };
  const run = (): Promise<unknown> =>
    runInNewContext(WAIT_FOR_REPORT_SIGNAL_SCRIPT, {
      document: { documentElement: root },
      MutationObserver: FakeObserver,
    }) as Promise<unknown>;
  return { run, setAttribute, observers };
}

/** Settles `promise` against a macrotask: `pending` if it has not resolved by then. */
async function settled(promise: Promise<unknown>): Promise<unknown> {
  const pending = new Promise((resolve) => setTimeout(resolve, 0, 'pending'));
  return Promise.race([promise, pending]);
}

describe('the ready-signal script', () => {
  it('answers at once when the view is already ready', async () => {
    const page = fakePage();
    page.setAttribute(REPORT_FILE_NAME_ATTRIBUTE, 'mttr-drill-payments-2026-11-21.pdf');
    page.setAttribute(REPORT_STATE_ATTRIBUTE, 'ready');
    expect(await settled(page.run())).toEqual({
      state: 'ready',
      fileName: 'mttr-drill-payments-2026-11-21.pdf',
      message: null,
    });
    expect(page.observers.size).toBe(0);
  });

  it('waits while the view is loading, then answers when it is ready', async () => {
    const page = fakePage();
    page.setAttribute(REPORT_STATE_ATTRIBUTE, 'loading');
    const answer = page.run();
    expect(await settled(answer)).toBe('pending');
    page.setAttribute('class', 'dark');
    page.setAttribute(REPORT_STATE_ATTRIBUTE, 'loading');
    expect(await settled(answer)).toBe('pending');
    page.setAttribute(REPORT_FILE_NAME_ATTRIBUTE, 'report.pdf');
    page.setAttribute(REPORT_STATE_ATTRIBUTE, 'ready');
    expect(await settled(answer)).toMatchObject({ state: 'ready', fileName: 'report.pdf' });
    // Done watching: the observer lets go of the page.
    expect(page.observers.size).toBe(0);
  });

  it('answers with the view’s message when it cannot be drawn', async () => {
    const page = fakePage();
    const answer = page.run();
    page.setAttribute(REPORT_ERROR_ATTRIBUTE, 'This drill no longer exists.');
    page.setAttribute(REPORT_STATE_ATTRIBUTE, 'error');
    expect(await settled(answer)).toEqual({
      state: 'error',
      fileName: null,
      message: 'This drill no longer exists.',
    });
  });
});

describe('parseReportSignal', () => {
  it.each<[string, unknown, unknown]>([
    [
      'ready with a name',
      { state: 'ready', fileName: 'a.pdf' },
      { state: 'ready', fileName: 'a.pdf' },
    ],
    [
      'ready without a name',
      { state: 'ready', fileName: null },
      { state: 'ready', fileName: null },
    ],
    [
      'a name that is not text',
      { state: 'ready', fileName: 42 },
      { state: 'ready', fileName: null },
    ],
    ['an error', { state: 'error', message: 'Gone.' }, { state: 'error', message: 'Gone.' }],
    ['an error without text', { state: 'error', message: {} }, { state: 'error', message: null }],
    ['an unknown state', { state: 'loading' }, { state: 'error', message: null }],
    ['nothing', undefined, { state: 'error', message: null }],
    ['null', null, { state: 'error', message: null }],
    ['a string', 'ready', { state: 'error', message: null }],
  ])('reads %s', (_name, answer, expected) => {
    expect(parseReportSignal(answer)).toEqual(expected);
  });
});

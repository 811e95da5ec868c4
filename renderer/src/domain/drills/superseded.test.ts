import { describe, expect, it } from 'vitest';
import { eventsOf, M, sec } from './run-fixtures';
import { deriveRun } from './run-state';
import { supersededBy } from './superseded';

describe('superseded times', () => {
  const state = deriveRun(
    eventsOf([
      [0, M('start')],
      [60, M('detected')],
      [90, { kind: 'correct', mark: 'detected', from: sec(60), to: sec(50), reason: 'Pager' }],
      [95, { kind: 'correct', mark: 'detected', from: sec(50), to: sec(45.5), reason: 'Log' }],
      [120, M('acknowledged')],
    ]),
  );
  const replaced = state.events.map((event) => supersededBy(event, state));

  it('names the time as corrected last for the mark and for every correction but the last', () => {
    expect(replaced).toEqual([null, sec(45.5), sec(45.5), null, null]);
  });

  it('leaves an uncorrected run alone', () => {
    const plain = deriveRun(
      eventsOf([
        [0, M('start')],
        [60, M('detected')],
      ]),
    );
    expect(plain.events.map((event) => supersededBy(event, plain))).toEqual([null, null]);
  });
});

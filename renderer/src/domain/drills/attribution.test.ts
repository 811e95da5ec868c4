import { describe, expect, it } from 'vitest';
import type { DrillEventRecord } from '../records/drill-events';
import { PHASES } from '../records/drills';
import { createRandom, type Random } from '../random';
import { attributeRun, shownRun, type RunAttribution } from './attribution';
import { validateCommand, type DrillCommand } from './commands';
import { deriveRun, type RunState } from './run-state';
import { eventsOf, M, PAUSE, RESUME, SKIP, START, sec } from './run-fixtures';
import { runPartsSentence } from '../words/run-parts';

const sumOf = (attribution: RunAttribution) =>
  attribution.parts.reduce((sum, part) => sum + part.activeMs, 0) + attribution.pausedMs;

/** A run built the way the run screen builds one: random commands, each checked before it lands. */
function generatedRun(random: Random): { state: RunState; now: number } {
  const events: DrillEventRecord[] = [];
  let state = deriveRun(events);
  let now = START;
  const steps = random.int(1, 40);
  for (let step = 0; step < steps; step++) {
    now += random.int(0, 400_000) + random.float();
    now = Math.floor(now);
    const marked = state.boundaries.filter((b) => !b.skipped);
    const command: DrillCommand = random.pick<DrillCommand>([
      { kind: 'mark', at: now },
      { kind: 'mark', at: now },
      { kind: 'skip', at: now },
      { kind: 'undo', at: now },
      { kind: 'pause', at: now, reason: 'Fire alarm' },
      { kind: 'resume', at: now },
      { kind: 'resume', at: now },
      {
        kind: 'correct',
        at: now,
        mark: marked.length === 0 ? 'start' : random.pick(marked).mark,
        to: now - random.int(0, 900_000),
        reason: 'Clock was wrong',
      },
      ...(random.int(0, 30) === 0
        ? [{ kind: 'abort', at: now, reason: 'Pager storm' } as const]
        : []),
    ]);
    if (state.status === 'closed' || state.status === 'aborted') break;
    const checked = validateCommand(state, command, now);
    if (!checked.ok) continue;
    events.push({
      id: `e${events.length}`,
      drillId: 'drill-1',
      teamId: 'team-1',
      seq: events.length,
      at: checked.value.at,
      recordedAt: now,
      ...checked.value.body,
    });
    state = deriveRun(events);
  }
  return { state, now: now + random.int(0, 100_000) };
}

describe('every second of a run is attributed', () => {
  it('to phases, merged spans and pauses that sum exactly to the total, for generated runs', () => {
    const random = createRandom(13);
    let withSkips = 0;
    let withPauses = 0;
    let withCorrections = 0;
    let withUndos = 0;
    for (let i = 0; i < 600; i++) {
      const { state, now } = generatedRun(random.fork(`run-${i}`));
      if (state.boundaries.some((b) => b.skipped)) withSkips++;
      if (state.pauses.length > 0) withPauses++;
      if (state.boundaries.some((b) => b.corrections.length > 0)) withCorrections++;
      if (state.events.some((e) => e.kind === 'undo')) withUndos++;
      for (const run of [state, shownRun(state)]) {
        const attribution = attributeRun(run, now);
        expect(sumOf(attribution)).toBe(attribution.totalMs);
        // Each phase reached belongs to one part, in order; a merged part names its skips.
        const phases = attribution.parts.flatMap((part) => part.phases);
        expect(phases).toEqual(PHASES.slice(0, phases.length));
        for (const part of attribution.parts) {
          expect(part.activeMs).toBeGreaterThanOrEqual(0);
          if (part.finished) expect(part.phases.length).toBe(part.skippedMarks.length + 1);
        }
      }
      // As shown, every part is a whole number of seconds.
      const shown = attributeRun(shownRun(state), now);
      if (state.status === 'closed' || state.status === 'aborted') {
        expect(shown.totalMs % 1000).toBe(0);
        for (const part of shown.parts) expect(part.activeMs % 1000).toBe(0);
        expect(shown.pausedMs % 1000).toBe(0);
      }
    }
    // The generator really exercised what the rule is about.
    expect(withSkips).toBeGreaterThan(50);
    expect(withPauses).toBeGreaterThan(50);
    expect(withCorrections).toBeGreaterThan(50);
    expect(withUndos).toBeGreaterThan(50);
  });

  it('merges the phases around a skip into one named part, counted for neither alone', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [60, M('detected')],
        [120, M('acknowledged')],
        [300, SKIP('diagnosed')],
        [400, PAUSE],
        [430, RESUME],
        [900, M('mitigated')],
        [1000, M('recovered')],
        [1100, M('closed')],
      ]),
    );
    const attribution = attributeRun(state, sec(5000));
    expect(attribution.totalMs).toBe(1_100_000);
    expect(attribution.pausedMs).toBe(30_000);
    expect(attribution.parts.map((p) => [p.phases, p.skippedMarks, p.activeMs])).toEqual([
      [['detect'], [], 60_000],
      [['acknowledge'], [], 60_000],
      // From Acknowledged (120 s) to Mitigated (900 s), less the 30 s pause: the skip at 300 s
      // splits nothing.
      [['diagnose', 'mitigate'], ['diagnosed'], 750_000],
      [['verify'], [], 100_000],
      [['close'], [], 100_000],
    ]);
    expect(sumOf(attribution)).toBe(attribution.totalMs);
  });

  it('counts an unfinished span up to the abort', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [60, M('detected')],
        [90, SKIP('acknowledged')],
        [200, { kind: 'abort', reason: 'Pager storm' }],
      ]),
    );
    const attribution = attributeRun(state, sec(900));
    expect(attribution.totalMs).toBe(200_000);
    expect(attribution.parts.at(-1)).toMatchObject({
      phases: ['acknowledge', 'diagnose'],
      skippedMarks: ['acknowledged'],
      activeMs: 140_000,
      finished: false,
    });
  });

  it('is empty before the start', () => {
    expect(attributeRun(deriveRun([]), sec(10))).toEqual({ totalMs: 0, parts: [], pausedMs: 0 });
  });
});

describe('the shown run', () => {
  it('rounds each instant from the start, so a phase agrees with the timeline to the second', () => {
    // Verified at +10.4 s and closed at +20.6 s: the timeline shows +0:10 and +0:21, so the Close
    // phase must show 11 s, not the 10.2 s of the exact instants cut or rounded on their own.
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [1, M('detected')],
        [2, M('acknowledged')],
        [3, M('diagnosed')],
        [4, M('mitigated')],
        [10.4, M('recovered')],
        [20.6, M('closed')],
      ]),
    );
    const close = attributeRun(shownRun(state), sec(100)).parts.at(-1);
    expect(close?.activeMs).toBe(11_000);
  });

  it('gives a 14.995 s pause 15 s', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [10, PAUSE],
        [24.995, RESUME],
      ]),
    );
    expect(attributeRun(shownRun(state), sec(30)).pausedMs).toBe(15_000);
  });
});

describe('the sentence of where a run went', () => {
  it('adds the phases and the pauses up to the total, in words a reader can check', () => {
    const state = deriveRun(
      eventsOf([
        [0, M('start')],
        [60, M('detected')],
        [90, SKIP('acknowledged')],
        [100, PAUSE],
        [130, RESUME],
        [200, M('diagnosed')],
        [300, M('mitigated')],
        [400, M('recovered')],
        [500, M('closed')],
      ]),
    );
    expect(runPartsSentence(attributeRun(state, sec(900)), state.status)).toBe(
      "Every second of the run is counted once: 7:50 in phases (a span merged by a skip counted once) + 0:30 paused = 8:20 from the fault's injection to the close.",
    );
  });
});

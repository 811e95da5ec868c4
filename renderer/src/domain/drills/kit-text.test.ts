import { describe, expect, it } from 'vitest';
import {
  formatDueOffset,
  injectLine,
  parseDuration,
  parseHints,
  parseInjects,
  parseObserverChecklist,
  parsePhase,
  phasedLine,
} from './kit-text';

describe('durations of an inject', () => {
  it.each([
    ['5m', 300],
    ['90s', 90],
    ['1h30m', 5400],
    ['1h', 3600],
    ['2m30s', 150],
    ['7', 420],
    ['0m', 0],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '5x', 'm5', '5 m', '-5m', '1.5m', 'soon', '5m1h'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it('writes an offset back as it is read', () => {
    for (const seconds of [0, 59, 60, 90, 300, 3600, 5400, 3661]) {
      expect(parseDuration(formatDueOffset(seconds))).toBe(seconds);
    }
    expect(formatDueOffset(5400)).toBe('1h30m');
  });
});

describe('phases named in a line', () => {
  it('reads a phase by id or label, in any case', () => {
    expect(parsePhase('@diagnose')).toBe('diagnose');
    expect(parsePhase('@Verify')).toBe('verify');
    expect(parsePhase('@nope')).toBeNull();
  });
});

describe('injects as lines', () => {
  it('reads offsets and phases, skipping blank lines', () => {
    const parsed = parseInjects(
      'T+5m Tell responders replica lag is 30 s\n\n@diagnose: The CFO calls',
    );
    expect(parsed).toEqual({
      ok: true,
      value: [
        { text: 'Tell responders replica lag is 30 s', offsetSeconds: 300, phase: null },
        { text: 'The CFO calls', offsetSeconds: null, phase: 'diagnose' },
      ],
    });
  });

  it('refuses an offset that is not a duration, naming the line', () => {
    const parsed = parseInjects('T+5m fine\nT+5x Tell them');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^Line 2: “T\+5x” is not a duration/u);
  });

  it('refuses an offset over a week, an unknown phase, a missing due part or text', () => {
    for (const [text, start] of [
      ['T+200h Late', 'Line 1: “T+200h” is not a duration'],
      ['@lunch Eat', 'Line 1: “@lunch” is not a phase'],
      ['Tell them', 'Line 1: start with when it is due'],
      ['T+5m', 'Line 1: write what to say'],
    ] as const) {
      const parsed = parseInjects(text);
      expect(parsed.ok ? '' : parsed.message).toContain(start);
    }
  });

  it('writes injects back as lines that read the same', () => {
    const injects = [
      { text: 'A', offsetSeconds: 90, phase: null },
      { text: 'B', offsetSeconds: null, phase: 'mitigate' as const },
    ];
    expect(parseInjects(injects.map(injectLine).join('\n'))).toEqual({ ok: true, value: injects });
  });
});

describe('hints and observer items as lines', () => {
  it('reads a hint without a phase as on demand only', () => {
    expect(parseHints('@detect Look at the graph\nAsk the DBA')).toEqual({
      ok: true,
      value: [
        { text: 'Look at the graph', phase: 'detect' },
        { text: 'Ask the DBA', phase: null },
      ],
    });
  });

  it('asks an observer item for its phase', () => {
    const parsed = parseObserverChecklist('Channel opened');
    expect(parsed.ok ? '' : parsed.message).toContain('Line 1: start with the phase');
    expect(parseObserverChecklist('@acknowledge Channel opened')).toEqual({
      ok: true,
      value: [{ text: 'Channel opened', phase: 'acknowledge' }],
    });
    expect(phasedLine({ text: 'X', phase: null })).toBe('X');
  });
});

import { describe, expect, it } from 'vitest';
import { MARKS, PHASES } from '../records/drills';
import {
  endMarkOf,
  markAfter,
  laterNextMark,
  markBefore,
  phaseEndedBy,
  phaseStartedBy,
  startMarkOf,
} from './phases';

describe('marks and phases', () => {
  it('bounds each phase by the marks either side of it', () => {
    expect(PHASES.map((phase) => [startMarkOf(phase), endMarkOf(phase)])).toEqual([
      ['start', 'detected'],
      ['detected', 'acknowledged'],
      ['acknowledged', 'diagnosed'],
      ['diagnosed', 'mitigated'],
      ['mitigated', 'recovered'],
      ['recovered', 'closed'],
    ]);
  });

  it('knows the phase each mark starts and ends', () => {
    expect(MARKS.map((mark) => [phaseEndedBy(mark), phaseStartedBy(mark)])).toEqual([
      [null, 'detect'],
      ['detect', 'acknowledge'],
      ['acknowledge', 'diagnose'],
      ['diagnose', 'mitigate'],
      ['mitigate', 'verify'],
      ['verify', 'close'],
      ['close', null],
    ]);
  });

  it('knows the neighbours of each mark, and none past the ends', () => {
    expect(MARKS.map(markBefore)).toEqual([null, ...MARKS.slice(0, -1)]);
    expect(MARKS.map(markAfter)).toEqual([...MARKS.slice(1), null]);
  });

  it('takes the later of two next marks, a closed run after every mark', () => {
    expect(laterNextMark('diagnosed', 'mitigated')).toBe('mitigated');
    expect(laterNextMark('mitigated', 'diagnosed')).toBe('mitigated');
    expect(laterNextMark('closed', 'closed')).toBe('closed');
    expect(laterNextMark(null, 'start')).toBeNull();
    expect(laterNextMark('recovered', null)).toBeNull();
  });
});

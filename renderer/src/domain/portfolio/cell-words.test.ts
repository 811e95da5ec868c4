import { describe, expect, it } from 'vitest';
import { cellWords, recoveryWords } from './cell-words';

const cell = (score: number | null, target: number | null, gap: number | null) => ({
  categoryId: 'people',
  level: score === null ? null : (Math.floor(score) as 2),
  score,
  target,
  gap,
});

describe('heatmap cell words', () => {
  it('reads below target with a mark and the target', () => {
    expect(cellWords(cell(2.4, 3, 1))).toEqual({
      score: '2.4',
      target: '▲ target 3',
      spoken: 'level 2, score 2.4; 1 level below target level 3',
    });
  });
  it('reads a reached target with a tick', () => {
    expect(cellWords(cell(3.0, 3, 0)).target).toBe('✓ target 3');
  });
  it('says when no target is set or no assessment exists', () => {
    expect(cellWords(cell(2.4, null, null)).target).toBe('no target');
    expect(cellWords(cell(null, 4, null))).toEqual({
      score: '—',
      target: 'target 4',
      spoken: 'not assessed; target level 4',
    });
  });
});

describe('recovery words', () => {
  it('never shows a median without its n', () => {
    expect(recoveryWords({ median: 750_000, n: 4 }).text).toBe('12:30 (n = 4)');
    expect(recoveryWords({ median: undefined, n: 0 }).text).toBe('— (n = 0)');
  });
  it('speaks the median in words', () => {
    expect(recoveryWords({ median: 750_000, n: 1 }).spoken).toBe(
      'median 12 min 30 s over 1 recovery',
    );
  });
});

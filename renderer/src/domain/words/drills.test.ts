import { describe, expect, it } from 'vitest';
import { offDayStartText, repeatIgnoredText } from './drills';

describe('the words of a start on another day', () => {
  it('name the planned day and today', () => {
    expect(offDayStartText({ why: 'early', plannedFor: '2026-12-10', today: '2026-12-07' })).toBe(
      'This drill is planned for 10 Dec 2026, and today is 7 Dec 2026: that is before its planned day.',
    );
    expect(offDayStartText({ why: 'late', plannedFor: '2026-12-01', today: '2026-12-07' })).toBe(
      'This drill was planned for 1 Dec 2026, and today is 7 Dec 2026: that is after its planned day.',
    );
  });
});

describe('the words of an ignored repeat', () => {
  it('say nothing was recorded and what one more press records', () => {
    expect(repeatIgnoredText('mark', 'diagnosed')).toBe(
      'Second press within a second ignored — press again to record Diagnosed.',
    );
    expect(repeatIgnoredText('skip', 'diagnosed')).toBe(
      'Second press within a second ignored — press again to skip Diagnose.',
    );
    expect(repeatIgnoredText('start', 'detected')).toBe(
      'Second press within a second ignored: the drill has already started.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { startConfirmation } from './start-rules';

describe('starting a drill', () => {
  it('needs no confirmation on its planned day', () => {
    expect(startConfirmation('2026-12-10', '2026-12-10')).toBeNull();
  });

  it('is asked about before the planned day, naming both days', () => {
    expect(startConfirmation('2026-12-10', '2026-12-07')).toEqual({
      why: 'early',
      plannedFor: '2026-12-10',
      today: '2026-12-07',
    });
  });

  it('is asked about after the planned day, across months and years', () => {
    expect(startConfirmation('2026-12-31', '2027-01-01')?.why).toBe('late');
    expect(startConfirmation('2026-11-30', '2026-12-01')?.why).toBe('late');
  });

  it('is asked about when either day is not a real date, rather than starting unasked', () => {
    expect(startConfirmation('2026-02-30', '2026-02-30')?.why).toBe('unknown-day');
    expect(startConfirmation('2026-12-10', '')?.why).toBe('unknown-day');
  });
});

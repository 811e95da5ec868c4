import { describe, expect, it } from 'vitest';
import { parseReportsParams, withReportsParam } from './reports-params';

describe('parseReportsParams', () => {
  it('reads every choice from the URL', () => {
    const params = new URLSearchParams(
      'paper=letter&assessment=a1&drill=d1&period=custom&from=2026-01-01&to=2026-02-01',
    );
    expect(parseReportsParams(params, 'en-GB')).toEqual({
      paper: 'letter',
      assessmentId: 'a1',
      drillId: 'd1',
      period: 'custom',
      from: '2026-01-01',
      to: '2026-02-01',
    });
  });

  it("defaults to the locale's paper, the last 12 months and no record", () => {
    expect(parseReportsParams(new URLSearchParams(), 'en-US')).toEqual({
      paper: 'letter',
      assessmentId: null,
      drillId: null,
      period: '12m',
      from: '',
      to: '',
    });
    expect(parseReportsParams(new URLSearchParams(), 'de-DE').paper).toBe('a4');
  });

  it('falls back to the defaults for hand-edited values', () => {
    const parsed = parseReportsParams(new URLSearchParams('paper=A3&period=forever'), 'fr-FR');
    expect(parsed.paper).toBe('a4');
    expect(parsed.period).toBe('12m');
  });
});

describe('withReportsParam', () => {
  it('sets one choice under its URL name and keeps the others', () => {
    const next = withReportsParam(new URLSearchParams('paper=a4'), 'assessmentId', 'a2');
    expect(next.toString()).toBe('paper=a4&assessment=a2');
  });

  it('removes a choice set to empty, without touching the original', () => {
    const before = new URLSearchParams('period=custom&from=2026-01-01');
    const next = withReportsParam(before, 'from', '');
    expect(next.toString()).toBe('period=custom');
    expect(before.toString()).toBe('period=custom&from=2026-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { isUuid, presenterWindowRoute } from './presenter-request';

describe('the presenter request', () => {
  it('names a drill by its UUID only', () => {
    expect(isUuid('0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b')).toBe(true);
    expect(isUuid('0B7E9A52-3C1D-4F6E-9A8B-1C2D3E4F5A6B')).toBe(true);
    for (const bad of [
      '',
      'drill-1',
      '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6',
      '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b/../../x',
      '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b?x=1',
      ' 0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b',
      42,
      null,
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });

  it('builds the presenter route from the id, and refuses anything else', () => {
    expect(presenterWindowRoute('0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b')).toBe(
      '/drills/0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a6b/present?window=own',
    );
    expect(() => presenterWindowRoute('x/../../settings')).toThrow(/UUID/);
  });
});

import { describe, expect, it } from 'vitest';
import { RETURN_PARAM, returnTo, withReturn } from './reports-return';

const paramsOf = (route: string) => new URLSearchParams(route.slice(route.indexOf('?') + 1));

describe('withReturn and returnTo', () => {
  it('carry the Reports screen with its choices through the report’s route', () => {
    const screen = { pathname: '/reports', search: '?paper=letter&period=custom&from=2026-01-01' };
    const route = withReturn('/reports/trend/t1?paper=letter&period=6m', screen);
    expect(route.startsWith('/reports/trend/t1?paper=letter&period=6m&back=')).toBe(true);
    // The report's own params stay as they were.
    expect(paramsOf(route).get('period')).toBe('6m');
    expect(returnTo(paramsOf(route))).toBe('/reports?paper=letter&period=custom&from=2026-01-01');
    expect(
      returnTo(paramsOf(withReturn('/reports/drill/d1', { pathname: '/reports', search: '' }))),
    ).toBe('/reports');
  });

  it('ignores a missing value and any place but the Reports screen', () => {
    expect(returnTo(new URLSearchParams('paper=a4'))).toBeNull();
    for (const value of [
      '/trends',
      '/reports/trend/t1',
      '//example.com/reports',
      'https://example.com',
    ]) {
      expect(returnTo(new URLSearchParams({ [RETURN_PARAM]: value }))).toBeNull();
    }
  });
});

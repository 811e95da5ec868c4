import { describe, expect, it } from 'vitest';
import { parseTrendParams, withParam } from './trend-params';

describe('trend params', () => {
  it('reads every choice back from the URL', () => {
    const params = new URLSearchParams(
      'scope=all&source=incidents&period=custom&from=2025-01-01&to=2025-03-31&service=s1&severity=SEV1&scenario=builtin:x&group=service&measure=diagnose&a-from=2025-01-01&b-to=2025-06-30',
    );
    expect(parseTrendParams(params)).toEqual({
      scope: 'all',
      source: 'incidents',
      period: 'custom',
      from: '2025-01-01',
      to: '2025-03-31',
      serviceId: 's1',
      severity: 'SEV1',
      scenarioId: 'builtin:x',
      groupBy: 'service',
      measure: 'diagnose',
      aFrom: '2025-01-01',
      aTo: null,
      bFrom: null,
      bTo: '2025-06-30',
    });
  });

  it('falls back to the defaults for missing or hand-edited values', () => {
    const parsed = parseTrendParams(
      new URLSearchParams('scope=everyone&source=tickets&period=5y&severity=SEV9&from=2025-02-30'),
    );
    expect(parsed).toMatchObject({
      scope: 'team',
      source: 'both',
      period: '12m',
      severity: null,
      from: null,
      groupBy: 'severity',
      measure: 'timeToRecover',
    });
  });

  it('removes a key when its value is cleared and keeps the others', () => {
    const params = withParam(new URLSearchParams('severity=SEV2&service=s1'), 'severity', '');
    expect(params.toString()).toBe('service=s1');
    expect(withParam(params, 'groupBy', 'team').get('group')).toBe('team');
  });
});

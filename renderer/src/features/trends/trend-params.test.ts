import { describe, expect, it } from 'vitest';
import { parseTrendParams, unreadTrendParams, withParam } from './trend-params';

describe('trend params', () => {
  it('reads every choice back from the URL', () => {
    const params = new URLSearchParams(
      'scope=all&source=incidents&period=custom&from=2025-01-01&to=2025-03-31&service=s1&severity=SEV1&scenario=builtin:x&hypothesis=partly&detected=people&checklist=all-done&group=service&measure=diagnose&a-from=2025-01-01&b-to=2025-06-30',
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
      hypothesis: 'partly',
      detectedBy: 'people',
      checklist: 'all-done',
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

  it.each([
    ['hypothesis=yes', { hypothesis: 'yes' }],
    ['hypothesis=no', { hypothesis: 'no' }],
    ['hypothesis=unsure', { hypothesis: 'unsure' }],
    ['hypothesis=not-recorded', { hypothesis: 'not-recorded' }],
    ['detected=monitoring', { detectedBy: 'monitoring' }],
    ['detected=not-recorded', { detectedBy: 'not-recorded' }],
    ['checklist=some-not-done', { checklist: 'some-not-done' }],
    ['checklist=none', { checklist: 'none' }],
  ])('reads the results filter %s', (query, expected) => {
    expect(parseTrendParams(new URLSearchParams(query))).toMatchObject({
      hypothesis: null,
      detectedBy: null,
      checklist: null,
      ...expected,
    });
  });

  it.each([
    ['an unknown word', 'hypothesis=maybe&detected=robots&checklist=half'],
    ['a stored value in the wrong filter', 'hypothesis=monitoring&detected=yes&checklist=no'],
    ['another case', 'hypothesis=YES&detected=Monitoring&checklist=ALL-DONE'],
    ['an empty value', 'hypothesis=&detected=&checklist='],
    ['a repeated key (the first counts)', 'hypothesis=&hypothesis=yes'],
  ])('falls back to "any" for %s, and reads the rest', (_name, query) => {
    const parsed = parseTrendParams(new URLSearchParams(`${query}&severity=SEV2`));
    expect(parsed).toMatchObject({
      hypothesis: null,
      detectedBy: null,
      checklist: null,
      severity: 'SEV2',
    });
  });

  it('names each choice it could not read, with the value the link gave', () => {
    expect(unreadTrendParams(new URLSearchParams('hypothesis=yes&severity=SEV2'))).toEqual([]);
    expect(unreadTrendParams(new URLSearchParams('hypothesis=&service=anything'))).toEqual([]);
    expect(
      unreadTrendParams(
        new URLSearchParams('hypothesis=maybe&detected=robots&period=5y&severity=SEV2'),
      ),
    ).toEqual([
      { name: 'Period', value: '5y' },
      { name: 'Hypothesis', value: 'maybe' },
      { name: 'Detected by', value: 'robots' },
    ]);
    const long = unreadTrendParams(new URLSearchParams(`checklist=${'x'.repeat(80)}`));
    expect(long).toEqual([{ name: 'Checklists', value: `${'x'.repeat(39)}…` }]);
  });

  it('removes a key when its value is cleared and keeps the others', () => {
    const params = withParam(new URLSearchParams('severity=SEV2&service=s1'), 'severity', '');
    expect(params.toString()).toBe('service=s1');
    expect(withParam(params, 'groupBy', 'team').get('group')).toBe('team');
    const held = withParam(params, 'hypothesis', 'yes');
    expect(held.toString()).toBe('service=s1&hypothesis=yes');
    expect(withParam(held, 'hypothesis', '').toString()).toBe('service=s1');
  });
});

import { describe, expect, it } from 'vitest';
import { reportRoute, trendTarget, type TrendReportChoice } from '@shared/report-request';
import { NO_RESULT_FILTERS } from '../../../domain/trends/result-filters';
import {
  coverFiltersText,
  filtersText,
  trendChoiceOf,
  trendsScreenQuery,
} from './trend-report-text';

const choice: TrendReportChoice = {
  teamId: 't-1',
  period: '12m',
  from: null,
  to: null,
  serviceId: null,
  severity: null,
  scenarioId: null,
  hypothesis: null,
  detectedBy: null,
  checklist: null,
  compare: null,
};

const queryOf = (chosen: TrendReportChoice) => {
  const route = reportRoute({ target: trendTarget(chosen), paper: 'a4' });
  return new URLSearchParams(route.slice(route.indexOf('?') + 1));
};

describe('the trend report’s route and the results filters', () => {
  it('reads the results filters back from the route the Trends screen opened', () => {
    const filtered = {
      ...choice,
      hypothesis: 'yes',
      detectedBy: 'people',
      checklist: 'none',
    } as const;
    expect(trendChoiceOf('t-1', queryOf(filtered))).toEqual(filtered);
  });

  it('leaves out a result the route spells wrong, and keeps the others', () => {
    const search = new URLSearchParams('period=6m&hypothesis=maybe&detected=monitoring');
    expect(trendChoiceOf('t-1', search)).toMatchObject({
      period: '6m',
      hypothesis: null,
      detectedBy: 'monitoring',
      checklist: null,
    });
  });

  it('returns to Trends with the same results filters', () => {
    const query = new URLSearchParams(trendsScreenQuery({ ...choice, hypothesis: 'not-recorded' }));
    expect(query.get('hypothesis')).toBe('not-recorded');
    expect(query.has('paper')).toBe(false);
  });
});

describe('the report’s filter line', () => {
  const none = { service: null, severity: null, scenario: null, results: NO_RESULT_FILTERS };

  it('says every drill result is included when no results filter is set', () => {
    expect(filtersText('Payments', none)).toBe(
      'Team Payments only. All services, all severities and all scenarios are included.',
    );
  });

  it('names the results filters, and that incidents are not filtered by them', () => {
    expect(
      filtersText('Payments', {
        ...none,
        results: { hypothesis: 'yes', detectedBy: 'monitoring', checklist: null },
      }),
    ).toBe(
      'Team Payments only. All services, all severities and all scenarios are included. Drill results: only drills where the hypothesis held and monitoring detected the fault first (incidents are not filtered by drill results).',
    );
    expect(
      filtersText('Payments', {
        ...none,
        severity: 'SEV2',
        results: { ...NO_RESULT_FILTERS, checklist: 'some-not-done' },
      }),
    ).toBe(
      'Team Payments only; all services; SEV2 drills only; all scenarios. Drill results: only drills where some checklist items were not done (incidents are not filtered by drill results).',
    );
  });
});

describe('page 1’s filter line', () => {
  const none = { service: null, severity: null, scenario: null, results: NO_RESULT_FILTERS };

  it('says nothing when the figures are not filtered', () => {
    expect(coverFiltersText(none)).toBeNull();
  });

  it('names every filter the figures count, results included', () => {
    expect(
      coverFiltersText({
        ...none,
        severity: 'SEV1',
        results: { ...NO_RESULT_FILTERS, hypothesis: 'no' },
      }),
    ).toBe(
      'Filtered: SEV1 drills only; drills where the hypothesis did not hold. Every drill figure in this report counts these drills only.',
    );
    expect(
      coverFiltersText({ ...none, results: { ...NO_RESULT_FILTERS, checklist: 'all-done' } }),
    ).toBe(
      'Filtered: drills where every checklist item was done. Every drill figure in this report counts these drills only.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  escapeLabelValue,
  formatBound,
  formatValue,
  renderFamilies,
  type MetricFamily,
} from './text-format';

const counter: MetricFamily = {
  kind: 'counter',
  name: 'mttr_studio_things_total',
  help: 'Things "counted" \\ here\nand there.',
  series: [
    {
      labels: [
        ['team', 'A "b" \\ c\nd'],
        ['scenario', undefined],
      ],
      points: [{ value: 2, at: 1_700_000_000_500 }],
    },
  ],
};

const histogram: MetricFamily = {
  kind: 'histogram',
  name: 'mttr_studio_wait_seconds',
  help: 'Waits.',
  unit: 'seconds',
  buckets: [60, 300],
  series: [
    { labels: [['team', 'A']], points: [{ value: { cumulative: [1, 1], count: 2, sum: 930.5 } }] },
  ],
};

describe('label values', () => {
  it('escape backslash, double quote and line feed, and nothing else', () => {
    expect(escapeLabelValue('a\\b')).toBe('a\\\\b');
    expect(escapeLabelValue('say "hi"')).toBe('say \\"hi\\"');
    expect(escapeLabelValue('two\nlines')).toBe('two\\nlines');
    expect(escapeLabelValue('tab\tand é ’')).toBe('tab\tand é ’');
    expect(escapeLabelValue('\\n')).toBe('\\\\n');
  });
});

describe('numbers', () => {
  it('writes bounds in canonical float form, values as they are', () => {
    expect(formatBound(60)).toBe('60.0');
    expect(formatBound(0.5)).toBe('0.5');
    expect(formatBound(Infinity)).toBe('+Inf');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(1320.25)).toBe('1320.25');
    expect(formatValue(Infinity)).toBe('+Inf');
    expect(formatValue(Number.NaN)).toBe('NaN');
  });
});

describe('the two formats', () => {
  it('text format 0.0.4: counter typed with _total, HELP keeps quotes, timestamps in ms', () => {
    expect(renderFamilies([counter], 'prometheus')).toBe(
      [
        '# HELP mttr_studio_things_total Things "counted" \\\\ here\\nand there.',
        '# TYPE mttr_studio_things_total counter',
        'mttr_studio_things_total{team="A \\"b\\" \\\\ c\\nd"} 2 1700000000500',
        '',
      ].join('\n'),
    );
  });

  it('OpenMetrics: family without _total, HELP escapes quotes, timestamps in s, # EOF', () => {
    expect(renderFamilies([counter], 'openmetrics')).toBe(
      [
        '# HELP mttr_studio_things Things \\"counted\\" \\\\ here\\nand there.',
        '# TYPE mttr_studio_things counter',
        'mttr_studio_things_total{team="A \\"b\\" \\\\ c\\nd"} 2 1700000000.5',
        '# EOF',
        '',
      ].join('\n'),
    );
  });

  it('a histogram has cumulative buckets up to +Inf, then _count and _sum; UNIT in OpenMetrics only', () => {
    const body = [
      'mttr_studio_wait_seconds_bucket{team="A",le="60.0"} 1',
      'mttr_studio_wait_seconds_bucket{team="A",le="300.0"} 1',
      'mttr_studio_wait_seconds_bucket{team="A",le="+Inf"} 2',
      'mttr_studio_wait_seconds_count{team="A"} 2',
      'mttr_studio_wait_seconds_sum{team="A"} 930.5',
    ];
    const head = [
      '# HELP mttr_studio_wait_seconds Waits.',
      '# TYPE mttr_studio_wait_seconds histogram',
    ];
    expect(renderFamilies([histogram], 'prometheus')).toBe([...head, ...body, ''].join('\n'));
    expect(renderFamilies([histogram], 'openmetrics')).toBe(
      [...head, '# UNIT mttr_studio_wait_seconds seconds', ...body, '# EOF', ''].join('\n'),
    );
  });
});

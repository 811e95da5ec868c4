import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartFrame } from './ChartFrame';

const table = {
  caption: 'Time to recover per drill',
  columns: ['Drill', 'Minutes'],
  rows: Array.from({ length: 500 }, (_, i) => [`Drill ${String(i)}`, String(i)]),
};

describe('ChartFrame', () => {
  it('offers the data behind the chart without building its table until it is opened', () => {
    const markup = renderToStaticMarkup(
      <ChartFrame summary="Recovery over time" width={10} height={10} legend={[]} table={table}>
        <circle r={1} />
      </ChartFrame>,
    );
    expect(markup).toContain('<summary>Show the data</summary>');
    expect(markup).toContain('aria-label="Recovery over time"');
    expect(markup).not.toContain('<table');
    expect(markup).not.toContain('Drill 499');
  });
});

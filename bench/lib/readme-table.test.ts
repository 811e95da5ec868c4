import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Result } from './results';
import { resultsTable, withResultsTable } from './readme-table';

const results = (JSON.parse(readFileSync('bench/results.json', 'utf8')) as { metrics: Result[] })
  .metrics;
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Record<string, object>;

describe("the README's benchmark results", () => {
  it('are the figures recorded in bench/results.json', async () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(await withResultsTable(readme, results));
  });

  it('cover every budgeted metric, with floor, ratio and ratio budget for every timed one', () => {
    expect(results.map((r) => r.name).sort()).toEqual(Object.keys(budgets).sort());
    for (const result of results.filter((r) => r.unit === 'ms')) {
      expect(result, result.name).toMatchObject({
        floor: expect.any(Number) as number,
        ratio: expect.any(Number) as number,
        ratioBudget: expect.any(Number) as number,
      });
    }
  });
});

describe('resultsTable', () => {
  it('shows figure, floor, ratio, both budgets and the one met, and no floor for a size', () => {
    const table = resultsTable([
      { name: 'js', unit: 'KB', median: 199.5, runs: 1, budget: 200, met: 'budget' },
      {
        name: 'import',
        unit: 'ms',
        median: 13235,
        runs: 7,
        budget: 3000,
        floor: 8512.5,
        ratio: 1.55,
        ratioBudget: 2,
        met: 'ratio',
      },
    ]);
    expect(table).toContain('| `js` | 199.5 KB | – | – | 200 KB | – | budget |');
    expect(table).toContain(
      '| `import` | 13,235 ms | 8,512.5 ms | 1.55× | 3,000 ms | 2× | ratio |',
    );
  });
});

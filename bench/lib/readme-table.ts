// The README's table of the latest benchmark results, generated from bench/results.json between
// two markers, so the figures in the README are always the recorded ones. `npm run bench` rewrites
// it; a unit test fails when the README and results.json disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Met, Result } from './results';

const README = 'README.md';
export const START = '<!-- bench-results:start -->';
export const END = '<!-- bench-results:end -->';

const MET_WORDS: Readonly<Record<Met, string>> = {
  both: 'both',
  budget: 'budget',
  ratio: 'ratio',
  neither: '**neither**',
};

const amount = (value: number, unit: string) =>
  `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${unit}`;
const times = (value: number | undefined) =>
  value === undefined ? '–' : `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}×`;

export function resultsTable(results: readonly Result[]): string {
  const rows = results.map((r) =>
    [
      `\`${r.name}\``,
      amount(r.median, r.unit),
      r.floor === undefined ? '–' : amount(r.floor, r.unit),
      times(r.ratio),
      amount(r.budget, r.unit),
      times(r.ratioBudget),
      MET_WORDS[r.met],
    ].join(' | '),
  );
  return [
    '| metric | figure | floor | ratio | budget | ratio budget | met |',
    '| --- | --: | --: | --: | --: | --: | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** `readme` with the results table replaced, formatted as the repository formats Markdown. */
export async function withResultsTable(
  readme: string,
  results: readonly Result[],
): Promise<string> {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`The README has no ${START} … ${END} section.`);
  const text = `${readme.slice(0, start + START.length)}\n\n${resultsTable(results)}\n\n${readme.slice(end)}`;
  const options = (await resolveConfig(README)) ?? {};
  return format(text, { ...options, filepath: README });
}

export async function updateReadme(results: readonly Result[]): Promise<void> {
  writeFileSync(README, await withResultsTable(readFileSync(README, 'utf8'), results));
}

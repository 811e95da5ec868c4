import { describe, expect, it } from 'vitest';
import { BAD_MODEL_CONTENT } from './corpus-content-cases';
import { BAD_MODEL_FILES } from './corpus-file-cases';
import { formatProblem, MAX_LISTED_PROBLEMS, readModelFile } from './read-model-file';
import { SMALL_MODEL_FILE } from './test-files';

describe('bad model files', () => {
  const corpus = [...BAD_MODEL_FILES, ...BAD_MODEL_CONTENT];

  it('start from a file that is good', () => {
    expect(readModelFile(SMALL_MODEL_FILE).ok).toBe(true);
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((file) => file.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((file) => [file.name, file] as const))(
    '%s is refused, each problem named by its line and path',
    (_, file) => {
      const read = readModelFile(file.text);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems.map(formatProblem)).toEqual(file.problems);
      expect(read.unlisted).toBe(0);
    },
  );

  it('lists the first problems by line and counts the rest', () => {
    // Every criterion of ten categories misspells its guidance: two problems each.
    const category = (n: number) =>
      SMALL_MODEL_FILE.slice(SMALL_MODEL_FILE.indexOf('  - id: people'))
        .replace('- id: people', `- id: c${n}`)
        .replaceAll('people.', `c${n}.`);
    const text = (
      SMALL_MODEL_FILE.slice(0, SMALL_MODEL_FILE.indexOf('  - id: people')) +
      Array.from({ length: 10 }, (_, n) => category(n)).join('')
    ).replaceAll('guidance:', 'guidence:');
    const read = readModelFile(text);
    if (read.ok) throw new Error('read');
    expect(read.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(read.unlisted).toBe(80 - MAX_LISTED_PROBLEMS);
    const lines = read.problems.map((problem) => problem.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(formatProblem(read.problems[0] ?? { line: 0, path: '', message: '' })).toBe(
      'line 25, categories[0].levels[0].criteria[0].guidance: is missing; it must be text',
    );
  });
});

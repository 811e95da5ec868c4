// A problem found in a model file, named by its line and its path, as a user reads it in a list.

export interface ModelFileProblem {
  readonly line: number;
  /** `categories[1].levels[2].criteria[0].id`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** `line 42, categories[1].levels[2].criteria[0].id: "people.3.x" is used twice (…)`. */
export function formatProblem(problem: ModelFileProblem): string {
  const place =
    problem.path === '' ? `line ${problem.line}` : `line ${problem.line}, ${problem.path}`;
  return `${place}: ${problem.message}`;
}

// The boundaries eslint.config.js keeps between parts of the code, proved on small sources placed
// where a file would stand: a broken boundary must be reported, an allowed import must not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Only the import rules run: the sources are not files of the project, so they have no types.
// Loading ESLint and its plugins takes seconds on a busy machine, hence the tests' time limit.
const LINT_TIME_LIMIT_MS = 60_000;

const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The import-rule messages for `source` as if it were the file at `filePath`. */
async function importProblems(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('lint boundaries', () => {
  it(
    'refuses storage code in the domain, in its code and its tests',
    async () => {
      const code = await importProblems(
        'renderer/src/domain/drills/example.ts',
        "import { repos } from '../../db/app-db';\nimport type { ImportPlan } from '../../db/backup/format';\nexport const used = [repos];\nexport type Plan = ImportPlan;\n",
      );
      expect(code).toHaveLength(2);
      expect(code[0]).toContain('renderer/src/domain may not import renderer/src/db');
      const atRoot = await importProblems(
        'renderer/src/domain/example.ts',
        "export { openDatabase } from '../db/database';\nimport '../db';\n",
      );
      expect(atRoot).toHaveLength(2);
      const test = await importProblems(
        'renderer/src/domain/drills/example.test.ts',
        "import { openTestDatabase } from '../../db/test-support';\nexport const db = openTestDatabase();\n",
      );
      expect(test).toHaveLength(1);
    },
    LINT_TIME_LIMIT_MS,
  );

  it(
    'lets the domain use its own data model, and storage use the domain',
    async () => {
      expect(
        await importProblems(
          'renderer/src/domain/drills/example.ts',
          "import { MARKS } from '../records/drills';\nexport const marks = MARKS;\n",
        ),
      ).toEqual([]);
      expect(
        await importProblems(
          'renderer/src/db/repositories/example.ts',
          "import { MARKS } from '../../domain/records/drills';\nexport const marks = MARKS;\n",
        ),
      ).toEqual([]);
    },
    LINT_TIME_LIMIT_MS,
  );
});

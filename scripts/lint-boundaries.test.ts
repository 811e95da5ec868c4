// The boundaries eslint.config.js keeps between parts of the code, proved on small sources placed
// where a file would stand: a broken boundary must be reported, an allowed import must not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Only the import rules run (the path patterns and the boundaries between the renderer's folders):
// the sources are not files of the project, so they have no types.
// Loading ESLint and its plugins takes seconds on a busy machine, hence the tests' time limit.
const LINT_TIME_LIMIT_MS = 60_000;

const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) =>
    ruleId === 'no-restricted-imports' || ruleId === 'boundaries/import-boundaries',
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

  it(
    'refuses a feature that imports another feature, however deep either file is',
    async () => {
      const sibling = await importProblems(
        'renderer/src/features/home/example.tsx',
        "import { TeamsPage } from '../teams/TeamsPage';\nexport const page = TeamsPage;\n",
      );
      expect(sibling).toHaveLength(1);
      expect(sibling[0]).toContain('renderer/src/features/home may not import another feature');
      const nested = await importProblems(
        'renderer/src/features/reports/trend/example.tsx',
        "import { BreakdownSection } from '../../trends/BreakdownSection';\nexport { x } from '../../../features/drills/x';\nexport const section = BreakdownSection;\n",
      );
      expect(nested).toHaveLength(2);
      expect(nested[0]).toContain('(trends)');
      expect(nested[1]).toContain('(drills)');
      const lazy = await importProblems(
        'renderer/src/features/trends/example.ts',
        "export const load = () => import('../reports/ReportPage');\n",
      );
      expect(lazy).toHaveLength(1);
    },
    LINT_TIME_LIMIT_MS,
  );

  it(
    'refuses app/ below it, and a feature in what features share',
    async () => {
      const fromFeature = await importProblems(
        'renderer/src/features/home/example.tsx',
        "import { useTeamContext } from '../../app/team-context';\nexport const use = useTeamContext;\n",
      );
      expect(fromFeature).toHaveLength(1);
      expect(fromFeature[0]).toContain('renderer/src/features may not import renderer/src/app');
      const fromSession = await importProblems(
        'renderer/src/session/example.ts',
        "import { router } from '../app/router';\nexport const r = router;\n",
      );
      expect(fromSession).toHaveLength(1);
      const shared = await importProblems(
        'renderer/src/components/example.tsx',
        "import { HomePage } from '../features/home/HomePage';\nexport const page = HomePage;\n",
      );
      expect(shared).toHaveLength(1);
      expect(shared[0]).toContain('renderer/src/components is shared by features');
    },
    LINT_TIME_LIMIT_MS,
  );

  it(
    'lets a feature use its own files and what lies below it, and app/ use every feature',
    async () => {
      expect(
        await importProblems(
          'renderer/src/features/reports/trend/example.tsx',
          [
            "import { ReportSection } from '../ReportFrame';",
            "import { ReportTable } from './ReportTable';",
            "import { SmallSampleWarning } from '../../../components/trend-figures/SmallSample';",
            "import { useToday } from '../../../session/use-today';",
            "import { LoadDemoButton } from '../../../widgets/LoadDemoButton';",
            "import type { ReportRequest } from '@shared/report-request';",
            'export const used = [ReportSection, ReportTable, SmallSampleWarning, useToday, LoadDemoButton];',
            'export type Request = ReportRequest;',
            '',
          ].join('\n'),
        ),
      ).toEqual([]);
      expect(
        await importProblems(
          'renderer/src/app/example.tsx',
          "import { HomePage } from '../features/home/HomePage';\nexport const page = HomePage;\n",
        ),
      ).toEqual([]);
      expect(
        await importProblems(
          'renderer/src/main.tsx',
          "import { router } from './app/router';\nexport const r = router;\n",
        ),
      ).toEqual([]);
    },
    LINT_TIME_LIMIT_MS,
  );
});

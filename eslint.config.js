// Lint is also where the architecture is enforced: code is sorted by where it may run, and the
// import rules below keep each place from reaching into what it must not use.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import boundaries from './scripts/lint/import-boundaries.js';

// `names` are bare module names (exact match); `patterns` are path globs. `also` adds pattern
// groups with messages of their own.
const restrict = (names, patterns, message, also = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: [...(patterns.length === 0 ? [] : [{ group: patterns, message }]), ...also],
    },
  ],
});

// The domain defines the data model (renderer/src/domain/records); storage imports it, never the
// other way round, so the rules of the product can be read and tested without a database.
const DOMAIN_WITHOUT_STORAGE = {
  group: ['**/db', '**/db/**'],
  message:
    'renderer/src/domain may not import renderer/src/db: the domain owns the data model (domain/records), and storage code imports it.',
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/screenshots/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // Forms the user has just opened focus their first field on purpose (TextField's autoFocus).
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  // Features are kept apart, and what they build on never reaches back up (see the rule's file).
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/import-boundaries': 'error' },
  },
  // The domain is pure: no UI, storage, platform or global browser objects.
  {
    files: ['renderer/src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrict(
        ['react', 'react-dom', 'react-router', 'dexie', 'dexie-react-hooks', 'zustand', 'electron'],
        ['react-dom/*', 'zustand/*', 'node:*', '**/stores/*', '**/features/*', '**/platform/*'],
        'renderer/src/domain is pure TypeScript: pass data and `now` in instead.',
        [DOMAIN_WITHOUT_STORAGE],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB'],
    },
  },
  // Its tests build plain data too: no database.
  {
    files: ['renderer/src/domain/**/*.test.ts'],
    rules: restrict([], [], '', [DOMAIN_WITHOUT_STORAGE]),
  },
  // Only the db layer talks to Dexie.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/domain/**', '**/*.test.ts', '**/*.test.tsx'],
    rules: restrict(
      ['dexie', 'electron'],
      ['node:*', '**/electron/main/*', '**/electron/preload/*'],
      'Only renderer/src/db uses Dexie (through its repositories); the renderer never imports Electron, Node, or main/preload code (electron/shared is the contract it may use).',
    ),
  },
  // The IPC contract is shared by main, preload and renderer: it may not import any of them.
  {
    files: ['electron/shared/**/*.ts'],
    rules: restrict(
      ['electron', 'react', 'dexie'],
      ['node:*', '../main/*', '../preload/*', '**/renderer/*'],
      'electron/shared is the IPC contract: no Electron, Node, DOM or app code.',
    ),
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);

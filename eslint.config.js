// Lint for the TypeScript and scripts (Astro components are type-checked by `astro check`). Part of
// `npm run check`, which fails on any finding: warnings are errors here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except a deliberately ignored `_` binding.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Browser globals the project does not use but that catch typos (`name`, `status`, …).
      'no-restricted-globals': ['error', 'name', 'status', 'event', 'length', 'top', 'parent'],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Layers: data and derived figures, then charts, know nothing of the story's assembly (story/),
    // nor of the browser runtime. Shared editorial choices live in editorial/.
    // A chart folder's input builder, tables and index are build-time code that reads the story; its
    // render and helpers are what the browser loads, and do not import them, nor its states' words
    // (describe.ts), which only the build writes.
    files: ['src/data/**/*.ts', 'src/derive/**/*.ts', 'src/charts/**/*.ts', 'src/editorial/**/*.ts'],
    ignores: ['src/charts/*/input.ts', 'src/charts/*/tables.ts', 'src/charts/*/index.ts', 'src/charts/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/story/*', '**/client/*', '**/chart-runtime/*'],
              message: 'Lower layers do not import story/, client/ or chart-runtime/.',
            },
            {
              group: ['./input', './tables', './index', './describe', '../*/input', '../*/tables', '../*/describe'],
              message: "A chart's render does not import its build-time input builder, tables or descriptions.",
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright reads a test's fixtures from its first parameter: a test that uses none destructures `{}`.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);

// ESLint: the recommended and type-aware recommended rules of typescript-eslint
// (https://typescript-eslint.io/getting-started/typed-linting). Layout is prettier's job.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'site-out/', 'test-output/', 'tmp/', 'src/core/format/*.generated.ts', 'test/corpus/', 'registry-template/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The sanitizers match control characters on purpose (file names, feed and terminal text, Markdown).
      'no-control-regex': 'off',
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Scripts, benchmarks and the catalogue's browser script are JavaScript outside tsconfig's program.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Tests read JSON reports, HTTP bodies and parsed YAML whose shape the assertions themselves check.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Its page.evaluate callbacks run in the browser.
    files: ['bench/site.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Runs in the reader's browser, written as ES5 in one function (no modules, no build step).
    files: ['src/core/site/assets/site.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);

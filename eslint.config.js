import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import localRules from './build/lint/import-boundaries.js';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig(
  { ignores: ['dist/**', 'release/**', '.cache/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  // Syntax-only TypeScript rules: type-aware linting is off to keep `npm run lint` fast on two cores.
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { local: localRules },
    rules: {
      'local/import-boundaries': ['error', { root }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // CommonJS files (test stand-ins loaded with `node -r`) use require by definition.
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The page gets browser globals only (no `process`, no `require`); everything else runs in Node.
  { ignores: ['renderer/**'], languageOptions: { globals: { ...globals.node } } },
  { files: ['renderer/*.config.*'], languageOptions: { globals: { ...globals.node } } },
  { files: ['renderer/**'], ignores: ['renderer/*.config.*'], languageOptions: { globals: { ...globals.browser } } },
);

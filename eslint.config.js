// @ts-check
/**
 * Lint gates, including the layer boundaries of DESIGN.md: shared/ is pure (no electron, react, dexie or
 * DOM), and neither electron/ nor renderer/ imports the other. tests/unit/lintBoundaries.test.ts shows
 * that these rules catch a violation.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'IDBKeyRange',
  'HTMLElement',
  'Element',
  'Node',
  'fetch',
  'XMLHttpRequest',
  'Worker',
  'self',
].map((name) => ({ name, message: 'shared/ is pure: no DOM or browser globals. Pass what you need in.' }));

const restrict = (/** @type {Array<{group: string[], message: string}>} */ patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'test-results*/',
      'playwright-report/',
      '.tmp/',
      '**/*.tmp.ts',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'tests/**/*.ts',
      '*.ts',
      '*.js',
      'renderer/*.ts',
      'docs/*.ts',
      'bench/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark's runner reports on the console.
    files: ['bench/run.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict([
        { group: ['electron', 'electron/*'], message: 'shared/ is pure: it must not import Electron.' },
        {
          group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
          message: 'shared/ is pure: it must not import React.',
        },
        { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: it must not import Dexie.' },
        {
          group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
          message: 'shared/ is pure: no Node APIs.',
        },
        { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not import the app layers.' },
      ]),
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      {
        group: ['**/electron/**', 'electron', 'electron/*'],
        message: 'renderer/ reaches main only through the platform module.',
      },
    ]),
  },
  {
    // Repositories are the only code that touches Dexie.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: restrict([
      {
        group: ['**/electron/**', 'electron', 'electron/*'],
        message: 'renderer/ reaches main only through the platform module.',
      },
      { group: ['dexie'], message: 'Only the repositories in renderer/src/db touch Dexie.' },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      ...restrict([{ group: ['**/renderer/**'], message: 'electron/ must not import renderer/.' }]),
      'no-restricted-globals': ['error', ...DOM_GLOBALS.filter((g) => g.name !== 'fetch')],
    },
  },
);

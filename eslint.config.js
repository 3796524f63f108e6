import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { noImportCycles } from './eslint/noImportCycles.js';

// src/core must stay importable from Node: no UI frameworks, no DOM-only modules.
const coreForbidden = {
  patterns: [
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'],
      message: 'src/core is pure TypeScript: no React or zustand.',
    },
    {
      group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
      message: 'src/core is pure TypeScript: no Monaco.',
    },
    {
      group: ['@testing-library/*', '@tanstack/*', 'react-hook-form', '@hookform/*'],
      message: 'src/core is pure TypeScript: no UI libraries.',
    },
  ],
};

// Relative imports may not leave src/core; `up` is the way out from a file at that depth.
const coreImports = (up) => ({
  ...coreForbidden,
  patterns: [
    ...coreForbidden.patterns,
    { group: [`${up}*`], message: 'src/core may not import UI code.' },
  ],
});

// Outside src/core, core is used through its API (src/core/index.ts) only.
const coreInternals = {
  group: ['../core/*', './core/*'],
  message: 'Import from src/core (its index.ts), not from its internals.',
};

// A feature folder (named for what the user sees) uses only the shared folders: src/ui for
// shared UI, src/state for the stores, src/core for the logic. src/app composes the features.
const featureImports = {
  patterns: [
    coreInternals,
    {
      group: ['../*', '!../core', '!../ui', '!../ui/*', '!../state', '!../state/*'],
      message:
        'A feature folder imports only src/ui, src/state and src/core; src/app composes features.',
    },
  ],
};

// Shared code below the features: src/ui and src/state use src/core, never a feature.
const sharedImports = (allowed) => ({
  patterns: [
    coreInternals,
    {
      group: ['../*', '!../core', ...allowed.flatMap((dir) => [`!../${dir}`, `!../${dir}/*`])],
      message: 'src/ui and src/state may not import a feature folder.',
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-cli', 'node_modules', 'public', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted text renders as text.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', coreImports('../')],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'localStorage', message: 'src/core has no DOM.' },
        { name: 'navigator', message: 'src/core has no DOM.' },
      ],
    },
  },
  {
    files: ['src/core/*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreImports('../../')] },
  },
  {
    files: ['src/core/*/*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreImports('../../../')] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycles': noImportCycles } } },
    rules: { 'local/no-import-cycles': ['error', { root: 'src' }] },
  },
  {
    files: ['src/*/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/app/**', 'src/ui/**', 'src/state/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': ['error', featureImports] },
  },
  {
    // The command line is a second front end over the core: Node only, no UI code.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...coreForbidden.patterns,
            { group: ['**/core/*'], message: coreInternals.message },
            {
              group: ['**/ui', '**/ui/*', '**/state', '**/state/*', '**/app', '**/app/*'],
              message: 'The command line uses src/core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sharedImports([])] },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', sharedImports(['ui'])] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [coreInternals] }] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);

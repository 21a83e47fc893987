import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

const DATABASE = { group: ['@prisma/*', 'pglite-prisma-adapter', '@electric-sql/pglite', 'pg'], message: 'Only lib/db and lib/data talk to the database.' };
const GENERATED = {
  group: ['@/lib/generated/prisma/*', '!@/lib/generated/prisma/enums'],
  message: 'Only lib/db and lib/data use the Prisma client; read its enums through lib/domain.',
};
const UI = { group: ['@/components/*', '@/app/*'], message: 'lib/ holds what the UI uses; it never imports the UI.' };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import boundaries: the database is reached through lib/db and lib/data only, lib/
  // never depends on the UI, and components never on the data layer. (That a
  // client component reaches no server-only module, through any chain of
  // imports, is checked by tests/unit/client-imports.test.ts.)
  {
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE, GENERATED] }] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/data/**', 'lib/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATABASE, GENERATED, UI] }] },
  },
  {
    files: ['lib/data/**/*.{ts,tsx}', 'lib/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [UI] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DATABASE,
            { group: ['@/lib/generated/*'], message: 'Components take view types from lib/domain, never from Prisma.' },
            { group: ['@/lib/db/*'], message: 'Components never reach the database.' },
            { group: ['@/lib/data/*'], message: 'Components get their data as props from the page, typed by the view types in lib/domain; they never reach the data layer.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', '.next-bench/**', 'out/**', 'build/**', 'next-env.d.ts', 'lib/generated/**', '.data/**', 'test-results/**', 'bench/results/**', 'bench/bare/.next/**']),
]);

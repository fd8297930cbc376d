import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The pure core (scoring, questionnaire, loss model) must stay framework-free: it is
// reused by the CLI, the API, the PDF and the tests, and every result must be reproducible
// from its inputs alone. The rule makes the boundary a build failure, not a convention.
// lib/results (the results view model, shared by the results page and the PDF report) too.
const frameworkFreePatterns = [
  { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/scoring, lib/questionnaire and lib/results are framework-free.' },
  { group: ['@prisma/*', 'pg', '**/lib/db/**', '@/lib/db/**', '@/lib/auth/**', '**/lib/auth/**', 'server-only', 'next-auth', 'next-auth/*'], message: 'lib/scoring, lib/questionnaire and lib/results may not touch the database or auth.' },
];
const pureCoreBoundary = {
  files: ['lib/scoring/**/*.ts', 'lib/questionnaire/**/*.ts', 'lib/results/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: frameworkFreePatterns }],
  },
};

// Scoring and questionnaire code is also pure: no I/O, no clock, no Math.random (the loss model has
// its own seeded generator; a caller passes "today" where a date matters). Tests beside the code may
// read fixtures from disk.
const scoringIsPure = {
  files: ['lib/scoring/**/*.ts', 'lib/questionnaire/**/*.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...frameworkFreePatterns,
          { group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads'], message: 'lib/scoring and lib/questionnaire do no I/O: callers pass everything in.' },
        ],
      },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'The core is deterministic: use the seeded generator of lib/scoring/loss.' },
      { object: 'Date', property: 'now', message: 'The core has no clock: take "today" from the caller.' },
      { object: 'performance', property: 'now', message: 'The core has no clock.' },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'The core reads no environment: callers pass options.' },
      { name: 'fetch', message: 'The core does no I/O.' },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core has no clock: take "today" from the caller.' },
      { selector: "CallExpression[callee.name='Date']", message: 'The core has no clock: take "today" from the caller.' },
    ],
  },
};

// Components receive summary types from the feature modules; they never query the database.
const componentsStayOffTheDatabase = {
  files: ['components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/lib/*/queries', '**/lib/*/queries', '@/lib/db/client', '@/lib/db/create-client', '**/lib/db/client'], message: 'Components get data as props (summary types from lib/<feature>/types.ts), never from a query module.' },
        ],
      },
    ],
  },
};

// lib/auth decides who may do what; it depends on no feature (the registries of features live in lib/testing).
const authDependsOnNoFeature = {
  files: ['lib/auth/**/*.ts'],
  ignores: ['lib/auth/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['../assessments/*', '../clients/*', '../users/*', '../api-tokens/*', '../profile/*', '../api/*', '@/lib/assessments/*', '@/lib/clients/*', '@/lib/users/*', '@/lib/api-tokens/*', '@/lib/profile/*', '@/lib/api/*'],
            message: 'lib/auth depends on no feature module.',
          },
        ],
      },
    ],
  },
};

const config = [
  { ignores: ['node_modules/**', '.next/**', '.data/**', 'lib/db/generated/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', '.artifacts/**'] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      'import/no-anonymous-default-export': 'off',
    },
  },
  pureCoreBoundary,
  scoringIsPure,
  componentsStayOffTheDatabase,
  authDependsOnNoFeature,
];

export default config;

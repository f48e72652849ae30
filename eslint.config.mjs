import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// House rules, as no-restricted-imports entries (ESLint keeps only the last setting of a rule that
// matches a file, so each block below lists every rule that applies to its files).
const sqlite = { name: 'better-sqlite3', message: 'Only db/ talks to SQLite.' };
const drizzle = { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only db/ imports drizzle.' };
const database = {
  group: ['@/db', '@/db/*', '**/db/*'],
  message: 'Components receive data as props; they never query.',
};
// Reader pages are sent without Next's client runtime (docs/adr/0001): their links are plain <a>
// (each navigation is a full load of a small cached page) and nothing in them may need React in
// the browser. tests/unit/reader-pages-static.test.ts checks that no 'use client' module is
// reachable from them.
const clientRuntime = ['next/link', 'next/image', 'next/script', 'next/form', 'next/dynamic'].map((name) => ({
  name,
  message:
    "Reader pages are sent without Next's client runtime (docs/adr/0001): use plain elements, and an island for behaviour.",
}));
// The reader site (every edition's routes) and the bare 404: sent without Next's client runtime.
const readerApp = ['app/[[]edition]/**', 'app/global-not-found.tsx'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    '.islands/**',
  ]),
  {
    files: ['app/**', 'components/**', 'lib/**', 'e2e/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqlite], patterns: [drizzle] }] },
  },
  {
    files: ['components/admin/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [sqlite], patterns: [drizzle, database] }] },
  },
  {
    files: ['components/**'],
    ignores: ['components/admin/**'],
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [sqlite, ...clientRuntime], patterns: [drizzle, database] }],
    },
  },
  {
    files: readerApp,
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': ['error', { paths: [sqlite, ...clientRuntime], patterns: [drizzle] }],
    },
  },
  {
    // The islands bundle (components/islands/reader.ts) is plain DOM code that runs in the browser.
    files: ['components/**/*.island.ts', 'components/islands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'next', 'next/*'],
              message: 'Islands are plain DOM code (docs/adr/0001).',
            },
            {
              group: ['@/lib/*', '@/db/*', '@/app/*', 'node:*'],
              allowTypeImports: true,
              message: 'Islands run in the browser: they import only other islands (and types).',
            },
          ],
        },
      ],
    },
  },
  // Last: Prettier owns formatting, so ESLint's stylistic rules that would fight it are off.
  prettier,
]);

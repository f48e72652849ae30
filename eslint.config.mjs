import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'out/**', 'build/**', 'next-env.d.ts', 'data/**', 'test-results/**', 'playwright-report/**']),
  {
    // House rule: only db/ talks to the database.
    files: ['app/**', 'components/**', 'lib/**', 'e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Only db/ talks to SQLite.' },
          ],
          patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only db/ imports drizzle.' }],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3', message: 'Only db/ talks to SQLite.' }],
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Only db/ imports drizzle.' },
            { group: ['@/db', '@/db/*', '**/db/*'], message: 'Components receive data as props; they never query.' },
          ],
        },
      ],
    },
  },
]);

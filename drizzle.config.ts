import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
  dbCredentials: { url: (process.env.DATABASE_URL ?? 'file:data/news.db').replace(/^file:/, '') },
  // The search feature's FTS5 tables live in a custom migration drizzle cannot model.
  tablesFilter: ['!articles_fts*'],
});

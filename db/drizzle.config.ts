import { defineConfig } from 'drizzle-kit';

// Run from the repository root: `npm run db:generate`. Generated SQL is committed and only ever adds.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});

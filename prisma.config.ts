import { defineConfig } from 'prisma/config';

// Used by `prisma generate` only. Migrations are applied by scripts/db-migrate.ts (see README).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});

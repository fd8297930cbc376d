// Config for the Prisma 6.19 CLI (npm alias `prisma6`), used ONLY to print migration SQL offline:
// its WebAssembly schema engine ("engine: js") needs no download, unlike Prisma 7's CLI. It
// connects through the pg adapter even for a schema-to-schema diff. See scripts/lib/schema-diff.ts.
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma6/config';

export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  // A short idle timeout lets the CLI exit as soon as it is done instead of holding the pool open.
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.PRISMA6_DIFF_URL, idleTimeoutMillis: 50, connectionTimeoutMillis: 10_000 }),
});

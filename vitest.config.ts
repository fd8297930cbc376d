import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two projects: `unit` is pure and needs nothing; `integration` talks to a real
// PostgreSQL whose URL scripts/with-test-db.ts puts in DATABASE_URL (a fresh database per run).
export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Outside Next's react-server build, 'server-only' throws on import; tests run server code directly.
      'server-only': `${root}node_modules/server-only/empty.js`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'prisma/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'scripts/**/*.int.test.ts', 'prisma/**/*.int.test.ts', 'app/**/*.int.test.ts'],
          // One database per run: files share it, so they run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          setupFiles: ['lib/testing/integration-setup.ts'],
        },
      },
    ],
  },
});

// Builds a Prisma client on the pg driver adapter (Prisma 7: no engine binary). Shared by the app
// (lib/db/client.ts), the seed and the tests, which must not import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client';

export function createPrismaClient(options: {
  databaseUrl: string;
  poolMax?: number;
  /** Called with every SQL statement sent to PostgreSQL (tests that hold a page to its statement budget). */
  onQuery?: (sql: string) => void;
}): PrismaClient {
  const config: pg.PoolConfig = {
    connectionString: options.databaseUrl,
    max: options.poolMax ?? 10,
    // pg waits forever for a connection by default; fail fast and visibly instead.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  };
  const adapter = options.onQuery ? new PrismaPg(observedPool(config, options.onQuery), { disposeExternalPool: true }) : new PrismaPg(config);
  return new PrismaClient({ adapter });
}

/** A pool whose connections report each statement before running it (every query goes through a pooled client). */
function observedPool(config: pg.PoolConfig, onQuery: (sql: string) => void): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const [statement] = args;
      onQuery(typeof statement === 'string' ? statement : ((statement as { text?: string }).text ?? ''));
      return query(...args);
    }) as typeof client.query;
  });
  return pool;
}

export type { PrismaClient };

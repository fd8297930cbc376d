// Builds a Prisma client on the pg driver adapter (Prisma 7: no engine binary). Shared by the app
// (lib/db/client.ts), the seed and the tests, which must not import 'server-only'.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export function createPrismaClient(options: { databaseUrl: string; poolMax?: number }): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: options.databaseUrl,
    max: options.poolMax ?? 10,
    // pg waits forever for a connection by default; fail fast and visibly instead.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

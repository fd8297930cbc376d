import 'server-only';
import { getEnv } from '../env';
import { createPrismaClient, type PrismaClient } from './create-client';

// One client per server process; kept on globalThis so dev hot-reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { signetPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.signetPrisma) {
    const env = getEnv();
    globalForPrisma.signetPrisma = createPrismaClient({ databaseUrl: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX });
  }
  return globalForPrisma.signetPrisma;
}

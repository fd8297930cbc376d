// A fresh database per test run, so runs never see each other's data: created on the server that
// acquireDatabase() gives (embedded or DATABASE_URL's), migrated, seeded, and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient } from '../../lib/db/create-client';
import { applyMigrations } from '../../lib/db/migrate';
import { seedDemoWorld } from '../../prisma/seed/seed-demo-world';
import { assertLocalDatabase, MIGRATIONS_DIR, withDatabaseName } from './database';
import { exportAppSecrets } from './secrets';

export type TTestDatabase = { url: string; name: string; drop: () => Promise<void> };

export async function createTestDatabase(serverUrl: string, options: { seed?: boolean } = {}): Promise<TTestDatabase> {
  assertLocalDatabase(serverUrl);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const name = `signet_test_${stamp}_${randomBytes(3).toString('hex')}`;
  const adminQuery = async (sql: string) => {
    const admin = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres'), connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabaseName(serverUrl, name);
  try {
    await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    if (options.seed !== false) {
      const db = createPrismaClient({ databaseUrl: url, poolMax: 2 });
      try {
        exportAppSecrets();
        await seedDemoWorld(db);
      } finally {
        await db.$disconnect();
      }
    }
  } catch (error) {
    // A half-prepared database is of no use to anyone: drop it before reporting the failure.
    await drop().catch(() => {});
    throw error;
  }
  return { url, name, drop };
}

// npm run db:reset — drop and recreate the database, migrate and seed the demo world.
// Local databases only (the demo accounts' passwords are public).
import pg from 'pg';
import { createPrismaClient } from '../lib/db/create-client';
import { applyMigrations } from '../lib/db/migrate';
import { seedDemoWorld } from '../prisma/seed/seed-demo-world';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD, MIGRATIONS_DIR, withDatabaseName } from './lib/database';
import { printDemoLogins } from './lib/demo-logins';
import { runScript } from './lib/run-script';
import { exportAppSecrets } from './lib/secrets';

runScript(async () => {
  const database = await acquireDatabase();
  try {
    assertLocalDatabase(database.url, DEMO_SEED_GUARD);
    const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
    if (!name || name === 'postgres') throw new Error('DATABASE_URL must name the application database, not "postgres".');
    const admin = new pg.Client({ connectionString: withDatabaseName(database.url, 'postgres'), connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
    console.log(`Recreated database ${name}.`);
    await applyMigrations({ databaseUrl: database.url, migrationsDir: MIGRATIONS_DIR, log: console.log });
    const db = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
    try {
      exportAppSecrets();
      await seedDemoWorld(db);
    } finally {
      await db.$disconnect();
    }
    printDemoLogins();
  } finally {
    await database.stop();
  }
});

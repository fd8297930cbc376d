// npm run db:seed — idempotent demo world (prisma/seed/). Prints the demo logins.
import { createPrismaClient } from '../lib/db/create-client';
import { seedDemoWorld } from '../prisma/seed/seed-demo-world';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD } from './lib/database';
import { printDemoLogins } from './lib/demo-logins';
import { runScript } from './lib/run-script';
import { exportAppSecrets } from './lib/secrets';

runScript(async () => {
  const database = await acquireDatabase();
  assertLocalDatabase(database.url, DEMO_SEED_GUARD);
  const db = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
  try {
    exportAppSecrets();
    const { created } = await seedDemoWorld(db);
    console.log(created ? `Seeded ${created} record(s).` : 'Demo data already present: nothing to do.');
    printDemoLogins();
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});

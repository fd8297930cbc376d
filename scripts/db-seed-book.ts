// npm run db:seed:book -- --size 100000 [--insurer org_rheinmark] — a synthetic book of scored
// submissions for one insurer (prisma/seed/synthetic-book.ts), replacing the previous one. Into the
// database at DATABASE_URL, or the embedded default; the demo world must be seeded (the insurer).
import { parseBookArguments, seedSyntheticBook } from '../prisma/seed/synthetic-book';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD } from './lib/database';
import { runScript } from './lib/run-script';


runScript(async () => {
  const options = parseBookArguments(process.argv.slice(2), { size: 1_000, insurerId: 'org_rheinmark', usage: 'npm run db:seed:book -- --size 100000 [--insurer org_rheinmark]' });
  const database = await acquireDatabase();
  assertLocalDatabase(database.url, DEMO_SEED_GUARD);
  try {
    await seedSyntheticBook({ databaseUrl: database.url, ...options, log: console.log });
  } finally {
    await database.stop();
  }
});

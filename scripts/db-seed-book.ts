// npm run db:seed:book -- --size 100000 [--insurer org_rheinmark] — a synthetic book of scored
// submissions for one insurer (prisma/seed/synthetic-book.ts), replacing the previous one. Into the
// database at DATABASE_URL, or the embedded default; the demo world must be seeded (the insurer).
import { seedSyntheticBook } from '../prisma/seed/synthetic-book';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD } from './lib/database';
import { runScript } from './lib/run-script';

function parseArguments(argv: readonly string[]): { size: number; insurerId: string } {
  let size = 1_000;
  let insurerId = 'org_rheinmark';
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index]!.split('=', 2);
    const value = inline ?? argv[++index];
    if (name === '--size') size = Number(value);
    else if (name === '--insurer') insurerId = String(value);
    else throw new Error(`Unknown option ${argv[index]}. Usage: npm run db:seed:book -- --size 100000 [--insurer org_rheinmark]`);
  }
  if (!Number.isInteger(size) || size < 1 || size > 1_000_000) throw new Error('--size must be a whole number from 1 to 1,000,000.');
  return { size, insurerId };
}

runScript(async () => {
  const options = parseArguments(process.argv.slice(2));
  const database = await acquireDatabase();
  assertLocalDatabase(database.url, DEMO_SEED_GUARD);
  try {
    await seedSyntheticBook({ databaseUrl: database.url, ...options, log: console.log });
  } finally {
    await database.stop();
  }
});

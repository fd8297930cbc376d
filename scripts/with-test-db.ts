// tsx scripts/with-test-db.ts [--build] -- <command…>
// Runs a command against a fresh, migrated and seeded database (DATABASE_URL), then drops it.
// --build runs `next build` first (the end-to-end tests run against the production build).
// KEEP_TEST_DB=1 keeps the database for inspection.
import { acquireDatabase } from './lib/database';
import { npxBin, runCommand } from './lib/run-command';
import { appSecrets } from './lib/secrets';
import { appDatabaseUrl } from './lib/app-database';
import { createTestDatabase } from './lib/test-database';

async function main(): Promise<number> {
  const separator = process.argv.indexOf('--');
  const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
  const command = separator === -1 ? [] : process.argv.slice(separator + 1);
  if (command.length === 0) {
    console.error('Usage: tsx scripts/with-test-db.ts [--build] -- <command> [args…]');
    return 2;
  }
  const server = await acquireDatabase(() => {});
  const database = await createTestDatabase(server.url);
  console.log(`Test database ${database.name} is ready.`);
  // The app and the tests connect as the app role, as in production; tests that must act as the owner
  // (creating databases, proving what the app role cannot do) use DATABASE_OWNER_URL.
  const env = { ...process.env, ...appSecrets(), DATABASE_URL: await appDatabaseUrl(database.url), DATABASE_OWNER_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' };
  try {
    if (flags.includes('--build')) {
      const built = await runCommand(npxBin('next'), ['build'], env);
      if (built !== 0) return built;
    }
    const [bin, ...args] = command;
    return await runCommand(bin!.startsWith('.') || bin!.startsWith('/') ? bin! : npxBin(bin!), args, env);
  } finally {
    if (process.env.KEEP_TEST_DB === '1') console.log(`Kept ${database.name} (KEEP_TEST_DB=1).`);
    else await database.drop().catch((error: Error) => console.error(`Could not drop ${database.name}: ${error.message}`));
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\nError: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

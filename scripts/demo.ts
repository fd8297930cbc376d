// npm run demo — the first README command: database (embedded when DATABASE_URL is unset),
// migrations, demo data, production build, and the app on http://localhost:3000.
// npm run dev — the same with `next dev` instead of a production build.
import { spawn } from 'node:child_process';
import { applyMigrations } from '../lib/db/migrate';
import { createPrismaClient } from '../lib/db/create-client';
import { seedDemoWorld } from '../prisma/seed/seed-demo-world';
import { acquireDatabase, assertLocalDatabase, DEMO_SEED_GUARD, MIGRATIONS_DIR, PROJECT_ROOT } from './lib/database';
import { printDemoLogins } from './lib/demo-logins';
import { npxBin, runCommand } from './lib/run-command';
import { runScript } from './lib/run-script';
import { appSecrets, exportAppSecrets } from './lib/secrets';
import { appDatabaseUrl } from './lib/app-database';

runScript(async () => {
  const isDev = process.argv.includes('--dev');
  const port = Number(process.env.PORT ?? 3000);
  // Only this machine can reach the demo unless HOST says otherwise (e.g. HOST=0.0.0.0).
  const host = process.env.HOST || '127.0.0.1';
  const database = await acquireDatabase();
  assertLocalDatabase(database.url, DEMO_SEED_GUARD);

  const report = await applyMigrations({ databaseUrl: database.url, migrationsDir: MIGRATIONS_DIR, log: console.log });
  console.log(`Migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already in place.`);
  const db = createPrismaClient({ databaseUrl: database.url, poolMax: 2 });
  try {
    exportAppSecrets();
    const { created } = await seedDemoWorld(db);
    console.log(created ? `Demo data: ${created} record(s) created.` : 'Demo data: already present.');
  } finally {
    await db.$disconnect();
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...appSecrets(),
    // Migrations and the seed ran as the owner; the app runs as its own role (append-only audit tables).
    DATABASE_URL: await appDatabaseUrl(database.url),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
  };

  if (!isDev) {
    console.log('Building the app (next build)…');
    const code = await runCommand(npxBin('next'), ['build'], env);
    if (code !== 0) throw new Error('next build failed (see above).');
  }

  const server = spawn(npxBin('next'), [isDev ? 'dev' : 'start', '-H', host, '-p', String(port)], { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  printDemoLogins();
  console.log(`Signet is starting on http://localhost:${port}  (Ctrl+C stops the app${database.isEmbedded ? ' and the embedded database' : ''})\n`);

  await new Promise<void>((resolve, reject) => {
    const stop = () => server.kill('SIGTERM');
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    server.on('exit', (code, signal) => (code === 0 || signal ? resolve() : reject(new Error(`The app exited with code ${code}.`))));
  });
  await database.stop();
});

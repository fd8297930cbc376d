// npm run db:migrate — apply pending SQL migrations (offline; see lib/db/migrate.ts).
import { APP_ROLE, grantAppRole } from '../lib/db/app-role';
import { applyMigrations } from '../lib/db/migrate';
import { runScript } from './lib/run-script';
import { acquireDatabase, MIGRATIONS_DIR } from './lib/database';

runScript(async () => {
  const database = await acquireDatabase();
  try {
    const report = await applyMigrations({ databaseUrl: database.url, migrationsDir: MIGRATIONS_DIR, log: console.log });
    console.log(
      report.applied.length
        ? `Applied ${report.applied.length} migration(s); ${report.alreadyApplied.length} were already applied.`
        : `Database is up to date (${report.alreadyApplied.length} migration(s) applied).`,
    );
    // New tables need the app role's grants (and the append-only tables its revokes).
    if (await grantAppRole({ ownerUrl: database.url })) console.log(`Granted ${APP_ROLE} its privileges (append-only audit and security tables).`);
  } finally {
    await database.stop();
  }
});

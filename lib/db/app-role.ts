// The application's own PostgreSQL role. Migrations run as the owner of the schema; the app connects
// as `signet_app`, which may read and write the business tables but only INSERT and SELECT on the
// append-only tables (audit trail, security log, submitted assessment snapshots): no UPDATE, DELETE
// or TRUNCATE, so not even a flaw in the app can rewrite history. Used by the demo and test scripts
// (which create the role) and by `npm run db:migrate` (which re-applies the grants when the role
// exists, so tables added by later migrations are covered).
import pg from 'pg';

export const APP_ROLE = 'signet_app';
/** Append-only for the app. Listed tables that do not exist (yet) are skipped. */
export const APPEND_ONLY_TABLES = ['AuditEvent', 'SecurityEvent', 'AssessmentSnapshot'] as const;

export class AppRoleError extends Error {
  override name = 'AppRoleError';
}

/** Same server and database, connecting as the app role. */
export function appRoleUrl(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

const SAFE_PASSWORD = /^[A-Za-z0-9_-]{16,}$/;

/** Retries statements that lose a race with another session granting on the same catalog rows. */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = (error as { code?: string }).code;
      const message = error instanceof Error ? error.message : '';
      if (attempt < 5 && (code === '40001' || code === '40P01' || /concurrently/.test(message))) {
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
        continue;
      }
      throw error;
    }
  }
}

/**
 * Grants the app role its privileges on the owner's database. With a password the role is created
 * (or its password set); without one the role must exist already. Returns false when there is no
 * role to grant to. Idempotent.
 */
export async function grantAppRole(options: { ownerUrl: string; password?: string }): Promise<boolean> {
  if (options.password !== undefined && !SAFE_PASSWORD.test(options.password)) throw new AppRoleError('The app role password must be 16+ characters of [A-Za-z0-9_-].');
  const client = new pg.Client({ connectionString: options.ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const exists = async () => ((await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE])).rowCount ?? 0) > 0;
    if (options.password !== undefined) {
      const password = options.password;
      await withRetry(async () => {
        if (!(await exists())) {
          try {
            await client.query(`CREATE ROLE ${APP_ROLE} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`);
          } catch (error) {
            if ((error as { code?: string }).code !== '42710') throw error; // created meanwhile by another run
          }
        }
        await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS`);
      }).catch((error: Error) => {
        throw new AppRoleError(`Could not create the database role ${APP_ROLE} (${error.message}). Create it as described in the README ("Security model").`);
      });
    } else if (!(await exists())) {
      return false;
    }
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    const database = rows[0]!.db.replace(/"/g, '""');
    const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).rows.map((r) => r.name);
    const appendOnly = APPEND_ONLY_TABLES.filter((table) => tables.includes(table));
    await withRetry(async () => {
      await client.query('BEGIN');
      try {
        await client.query(`GRANT CONNECT ON DATABASE "${database}" TO ${APP_ROLE}`);
        await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
        await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
        await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
        if (tables.includes('_prisma_migrations')) await client.query(`REVOKE ALL ON "_prisma_migrations" FROM ${APP_ROLE}`);
        for (const table of appendOnly) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM ${APP_ROLE}`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    });
    return true;
  } finally {
    await client.end();
  }
}

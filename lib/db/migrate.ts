// Applies the committed SQL migrations under prisma/migrations without the Prisma CLI (which cannot
// migrate offline on these machines), keeping the `_prisma_migrations` bookkeeping identical to
// `prisma migrate deploy`: same table, same columns, checksum = SHA-256 hex of migration.sql.
// A team with the normal Prisma toolchain can therefore carry on from a database migrated here.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** Prisma's own lock key for `migrate deploy`, so ours and theirs never run at once. */
const MIGRATION_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type TMigrationFile = { name: string; sql: string; checksum: string };
export type TMigrationReport = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** Reads `<dir>/<stamp>_<name>/migration.sql` in name order (Prisma's layout). */
export function readMigrations(migrationsDir: string): TMigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/**
 * Prisma writes BEGIN/COMMIT into some migrations itself (e.g. when an enum loses a value). Such a
 * file cannot run inside our transaction — its COMMIT would end ours half-way — so it runs as
 * `prisma migrate deploy` runs every file: as one script, recorded as unfinished until it succeeds.
 */
export function managesOwnTransaction(sql: string): boolean {
  const withoutComments = sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION|END)\s*;/im.test(withoutComments);
}

async function applyInTransaction(client: pg.Client, migration: TMigrationFile): Promise<void> {
  await client.query('BEGIN');
  try {
    const id = randomUUID();
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reasonOf(error)}`);
  }
}

async function applyUnwrapped(client: pg.Client, migration: TMigrationFile): Promise<void> {
  const id = randomUUID();
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query(migration.sql);
  } catch (error) {
    // Leave an aborted transaction of the script, then record why; later runs refuse until resolved.
    await client.query('ROLLBACK').catch(() => {});
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, reasonOf(error)]);
    throw new MigrationError(`Migration ${migration.name} failed (it manages its own transactions, so check the database): ${reasonOf(error)}`);
  }
  await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

type TAppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies every pending migration, each in its own transaction together with its bookkeeping row,
 * so a failing migration leaves neither half its DDL nor a record behind (files with their own
 * BEGIN/COMMIT excepted, see managesOwnTransaction). Refuses to run when an
 * applied migration's file was edited afterwards or a previous run left a failed record.
 */
export async function applyMigrations(options: {
  databaseUrl: string;
  migrationsDir: string;
  log?: (line: string) => void;
}): Promise<TMigrationReport> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<TAppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));

    const failed = [...applied.values()].find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and is recorded as unfinished. Fix the database, then mark it rolled back.`,
      );
    }
    for (const row of applied.values()) {
      const file = migrations.find((migration) => migration.name === row.migration_name);
      if (file && file.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration ${row.migration_name} was edited after it was applied (checksum mismatch). Add a new migration instead.`,
        );
      }
    }

    const report: TMigrationReport = { applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      if (applied.has(migration.name)) {
        report.alreadyApplied.push(migration.name);
        continue;
      }
      log(`Applying migration ${migration.name}`);
      if (managesOwnTransaction(migration.sql)) await applyUnwrapped(client, migration);
      else await applyInTransaction(client, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

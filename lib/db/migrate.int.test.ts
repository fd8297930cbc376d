// The migration runner on awkward input: a failing migration leaves nothing behind; a migration
// with its own BEGIN/COMMIT (as Prisma writes for enum changes) applies and is recorded; an edited
// migration is refused.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { withDatabaseName } from '../../scripts/lib/database';
import { applyMigrations } from './migrate';

// Creating databases needs the owner, not the app role (scripts/with-test-db.ts sets both).
const serverUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
const name = `signet_runner_${Date.now().toString(36)}_${process.pid}`;
const url = withDatabaseName(serverUrl, name);

async function sql(target: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'signet-runner-'));
  for (const [folder, content] of Object.entries(files)) {
    mkdirSync(path.join(dir, folder));
    writeFileSync(path.join(dir, folder, 'migration.sql'), content);
  }
  return dir;
}

beforeAll(() => sql(withDatabaseName(serverUrl, 'postgres'), `CREATE DATABASE "${name}"`));
afterAll(() => sql(withDatabaseName(serverUrl, 'postgres'), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

const first = 'CREATE TYPE "Status" AS ENUM (\'A\', \'B\');\nCREATE TABLE "Thing" ("id" TEXT PRIMARY KEY, "status" "Status" NOT NULL);';
const broken = 'CREATE TABLE "Half" ("id" TEXT);\nSELECT no_such_function();';
const alterEnum = `-- AlterEnum
BEGIN;
CREATE TYPE "Status_new" AS ENUM ('A');
ALTER TABLE "Thing" ALTER COLUMN "status" TYPE "Status_new" USING ("status"::text::"Status_new");
ALTER TYPE "Status" RENAME TO "Status_old";
ALTER TYPE "Status_new" RENAME TO "Status";
DROP TYPE "Status_old";
COMMIT;`;

test('a failing migration is rolled back completely: no half table, no bookkeeping row', async () => {
  const dir = migrationsDir({ '20260101000000_first': first, '20260102000000_broken': broken });
  await expect(applyMigrations({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(/20260102000000_broken failed and was rolled back/);
  expect((await sql(url, `SELECT to_regclass('"Half"') AS t`)).rows[0].t).toBeNull();
  expect((await sql(url, 'SELECT migration_name FROM "_prisma_migrations" ORDER BY 1')).rows.map((r) => r.migration_name)).toEqual(['20260101000000_first']);
});

test('a migration with its own BEGIN/COMMIT applies and is recorded as finished', async () => {
  const dir = migrationsDir({ '20260101000000_first': first, '20260103000000_alter_enum': alterEnum });
  const report = await applyMigrations({ databaseUrl: url, migrationsDir: dir });
  expect(report).toEqual({ applied: ['20260103000000_alter_enum'], alreadyApplied: ['20260101000000_first'] });
  const enumValues = await sql(url, `SELECT enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'Status'`);
  expect(enumValues.rows.map((r) => r.enumlabel)).toEqual(['A']);
  const row = await sql(url, `SELECT finished_at, applied_steps_count FROM "_prisma_migrations" WHERE migration_name = '20260103000000_alter_enum'`);
  expect(row.rows[0].finished_at).toBeInstanceOf(Date);
  expect(row.rows[0].applied_steps_count).toBe(1);
});

test('a migration edited after it was applied is refused', async () => {
  const dir = migrationsDir({ '20260101000000_first': `${first}\n-- edited`, '20260103000000_alter_enum': alterEnum });
  await expect(applyMigrations({ databaseUrl: url, migrationsDir: dir })).rejects.toThrow(/20260101000000_first was edited after it was applied/);
});

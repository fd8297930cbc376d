// The committed SQL migrations must build exactly the database that schema.prisma describes, and
// migrating again must change nothing. Prisma's own CLI cannot check drift offline, so this does:
// one database from the migrations, one from the schema's from-empty DDL, catalogs compared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR, PROJECT_ROOT, withDatabaseName } from '../../scripts/lib/database';
import { diffSchemas } from '../../scripts/lib/schema-diff';
import { readCatalog } from '../testing/catalog';
import { applyMigrations, readMigrations } from './migrate';

// Creating databases needs the owner, not the app role (scripts/with-test-db.ts sets both).
const serverUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL!;
const suffix = `${Date.now().toString(36)}_${process.pid}`;
const fromMigrations = `signet_drift_m_${suffix}`;
const fromSchema = `signet_drift_s_${suffix}`;

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function queryRows(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  beforeAll(async () => {
    await admin(async (client) => {
      await client.query(`CREATE DATABASE "${fromMigrations}"`);
      await client.query(`CREATE DATABASE "${fromSchema}"`);
    });
  });
  afterAll(async () => {
    await admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${fromMigrations}" WITH (FORCE)`);
      await client.query(`DROP DATABASE IF EXISTS "${fromSchema}" WITH (FORCE)`);
    });
  });

  test('a database migrated from empty matches schema.prisma', async () => {
    const migratedUrl = withDatabaseName(serverUrl, fromMigrations);
    const report = await applyMigrations({ databaseUrl: migratedUrl, migrationsDir: MIGRATIONS_DIR });
    expect(report.applied).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => m.name));

    const schema = readFileSync(path.join(PROJECT_ROOT, 'prisma', 'schema.prisma'), 'utf8');
    const ddl = diffSchemas({ fromSchema: null, toSchema: schema, databaseUrl: serverUrl });
    const expectedUrl = withDatabaseName(serverUrl, fromSchema);
    const client = new pg.Client({ connectionString: expectedUrl });
    await client.connect();
    await client.query(ddl);
    await client.end();

    const [actual, expected] = await Promise.all([readCatalog(migratedUrl), readCatalog(expectedUrl)]);
    expect(actual.columns.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  test('migrating twice changes nothing', async () => {
    const url = withDatabaseName(serverUrl, fromMigrations);
    const bookkeeping = 'SELECT id, checksum, migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name';
    const [catalogBefore, rowsBefore] = await Promise.all([readCatalog(url), queryRows(url, bookkeeping)]);
    const report = await applyMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR });
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied.length).toBe(rowsBefore.length);
    expect(await queryRows(url, bookkeeping)).toEqual(rowsBefore);
    expect(await readCatalog(url)).toEqual(catalogBefore);
  });

  test('the bookkeeping is what `prisma migrate deploy` writes: SHA-256 of each migration.sql, finished, one step', async () => {
    const rows = (await queryRows(
      withDatabaseName(serverUrl, fromMigrations),
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    )) as Array<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>;
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => [m.name, m.checksum, 1]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });
});

// The app connects as signet_app (scripts/with-test-db.ts hands the tests its URL as DATABASE_URL):
// it may append to the audit and security tables but never rewrite or delete them.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { APP_ROLE, APPEND_ONLY_TABLES } from './app-role';

const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
beforeAll(async () => {
  await Promise.all([app.connect(), owner.connect()]);
});
afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
});

async function refusal(sql: string): Promise<string | undefined> {
  try {
    await app.query(sql);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('the app role', () => {
  test('is who the app connects as, and is no superuser', async () => {
    const { rows } = await app.query<{ user: string; superuser: boolean }>("SELECT current_user AS user, current_setting('is_superuser') = 'on' AS superuser");
    expect(rows[0]).toEqual({ user: APP_ROLE, superuser: false });
  });

  test.each(['AuditEvent', 'SecurityEvent'])('%s: INSERT and SELECT work, UPDATE, DELETE and TRUNCATE are refused (42501)', async (table) => {
    const id = `append-only-${table}-${Date.now()}`;
    const insert =
      table === 'AuditEvent'
        ? `INSERT INTO "AuditEvent" (id, action, "entityType", "entityId") VALUES ('${id}', 'test', 'Test', 'x')`
        : `INSERT INTO "SecurityEvent" (id, type) VALUES ('${id}', 'test')`;
    await app.query(insert);
    expect((await app.query(`SELECT id FROM "${table}" WHERE id = $1`, [id])).rowCount).toBe(1);
    expect(await refusal(`UPDATE "${table}" SET "createdAt" = now() WHERE id = '${id}'`)).toBe('42501');
    expect(await refusal(`DELETE FROM "${table}" WHERE id = '${id}'`)).toBe('42501');
    expect(await refusal(`TRUNCATE "${table}"`)).toBe('42501');
    // The owner (migrations) still can.
    await owner.query(`DELETE FROM "${table}" WHERE id = $1`, [id]);
  });

  test('every append-only table that exists is covered', async () => {
    const { rows } = await owner.query<{ table: string; update: boolean; delete: boolean }>(
      `SELECT tablename AS table, has_table_privilege('${APP_ROLE}', format('%I', tablename), 'UPDATE') AS update,
              has_table_privilege('${APP_ROLE}', format('%I', tablename), 'DELETE') AS delete
       FROM pg_tables WHERE schemaname = 'public' AND tablename = ANY($1)`,
      [APPEND_ONLY_TABLES],
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row, row.table).toMatchObject({ update: false, delete: false });
  });

  test('the business tables stay writable, the migration bookkeeping is not readable', async () => {
    expect(await refusal('UPDATE "User" SET "updatedAt" = "updatedAt" WHERE false')).toBeUndefined();
    expect(await refusal('SELECT 1 FROM "_prisma_migrations"')).toBe('42501');
  });
});

// A comparable snapshot of a database's schema, read from the PostgreSQL catalogs: used to prove
// that the committed migrations build exactly what schema.prisma describes.
import pg from 'pg';

export type TCatalog = { enums: string[]; columns: string[]; indexes: string[]; constraints: string[] };

export async function readCatalog(databaseUrl: string): Promise<TCatalog> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const lines = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((row) => row.line);
    return {
      enums: await lines(`
        SELECT t.typname || ': ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS line
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`),
      columns: await lines(`
        SELECT table_name || '.' || column_name || ' ' || udt_name
          || coalesce('(' || character_maximum_length || ')', '') || coalesce(' p' || datetime_precision, '')
          || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
          || coalesce(' DEFAULT ' || column_default, '') AS line
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`),
      indexes: await lines(`
        SELECT indexdef AS line FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await lines(`
        SELECT rel.relname || '.' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
        FROM pg_constraint c JOIN pg_class rel ON rel.oid = c.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations' ORDER BY 1`),
    };
  } finally {
    await client.end();
  }
}

// Where the scripts' database comes from: DATABASE_URL when it is set, otherwise the embedded
// default (see embedded-postgres.ts).
import path from 'node:path';
import { chooseDataDir, startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');
export const DEFAULT_EMBEDDED_PORT = 54329;

export type TDatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function acquireDatabase(log: (line: string) => void = console.log): Promise<TDatabaseHandle> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };

  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number between 1024 and 65535, got "${process.env.EMBEDDED_PG_PORT}".`);
  }
  const dataDir = process.env.EMBEDDED_PG_DATA_DIR
    ? path.resolve(process.env.EMBEDDED_PG_DATA_DIR)
    : chooseDataDir(path.join(PROJECT_ROOT, '.data', 'postgres'), PROJECT_ROOT, log);
  const embedded: TEmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, log });
  return { url: embedded.url, isEmbedded: true, stop: embedded.stop };
}

/** Same server, another database name. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

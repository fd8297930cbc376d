// Where the scripts' database comes from: DATABASE_URL when it is set, otherwise the embedded
// default (see embedded-postgres.ts).
import path from 'node:path';
import { chooseDataDir, startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres';
import { embeddedPostgresPassword } from './secrets';

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
  const embedded: TEmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, password: embeddedPostgresPassword(), log });
  return { url: embedded.url, isEmbedded: true, stop: embedded.stop };
}

/** Same server, another database name. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Tests create and drop databases, and the demo seed publishes its passwords in the README:
 * both refuse anything but a local server unless the given variable says otherwise.
 */
export function assertLocalDatabase(url: string, purpose: { what: string; override: string } = { what: 'run tests', override: 'SIGNET_ALLOW_REMOTE_TEST_DB' }): void {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env[purpose.override] !== '1') {
    throw new Error(`Refusing to ${purpose.what} against the non-local database host "${host}". Set ${purpose.override}=1 if you really mean it.`);
  }
}

export const DEMO_SEED_GUARD = { what: 'seed demo accounts with published passwords', override: 'SIGNET_ALLOW_DEMO_SEED' };

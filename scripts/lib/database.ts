// Where the scripts' database comes from: DATABASE_URL when it is set, otherwise the embedded
// default (see embedded-postgres.ts).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres';

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
  const dataDir = embeddedDataDir(log);
  const embedded: TEmbeddedPostgres = await startEmbeddedPostgres({ dataDir, port, log });
  return { url: embedded.url, isEmbedded: true, stop: embedded.stop };
}

/**
 * .data/postgres in the project, unless running as root in a folder that the `postgres` OS user
 * (which PostgreSQL then runs as) cannot reach, e.g. a checkout under a private mkdtemp folder:
 * then a per-project folder under /var/tmp, said out loud.
 */
function embeddedDataDir(log: (line: string) => void): string {
  if (process.env.EMBEDDED_PG_DATA_DIR) return path.resolve(process.env.EMBEDDED_PG_DATA_DIR);
  const inProject = path.join(PROJECT_ROOT, '.data', 'postgres');
  if (process.getuid?.() !== 0 || isReachableByOthers(PROJECT_ROOT)) return inProject;
  const fallback = path.join('/var/tmp', `signet-postgres-${createHash('sha256').update(PROJECT_ROOT).digest('hex').slice(0, 12)}`);
  log(`The postgres OS user cannot reach ${PROJECT_ROOT}; keeping the embedded database in ${fallback} instead.`);
  return fallback;
}

function isReachableByOthers(dir: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/** Same server, another database name. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

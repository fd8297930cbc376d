// Prints the PostgreSQL DDL between two Prisma schemas with the Prisma 6.19 CLI, offline.
// Prisma 7's CLI cannot (it downloads a schema engine); 6.19's WebAssembly engine can, given a
// config with an adapter (scripts/lib/prisma6.config.ts) and a datasource `url` line, which 6.19
// requires and Prisma 7 forbids, so the schemas are copied to a temporary folder with that line added.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './database';

const URL_VARIABLE = 'PRISMA6_DIFF_URL';

function withUrlLine(schema: string): string {
  const withUrl = schema.replace(/(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"postgresql")/, `$1\n  url      = env("${URL_VARIABLE}")`);
  if (withUrl === schema) throw new Error('schema.prisma has no postgresql datasource block.');
  return withUrl;
}

/**
 * @param fromSchema the schema before (null = empty database)
 * @param toSchema the schema after
 * @param databaseUrl any reachable PostgreSQL; nothing is written to it
 */
export function diffSchemas(options: { fromSchema: string | null; toSchema: string; databaseUrl: string }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'signet-schema-diff-'));
  try {
    const toPath = path.join(dir, 'to.prisma');
    writeFileSync(toPath, withUrlLine(options.toSchema));
    const fromArgs = ['--from-empty'];
    if (options.fromSchema !== null) {
      const fromPath = path.join(dir, 'from.prisma');
      writeFileSync(fromPath, withUrlLine(options.fromSchema));
      fromArgs.splice(0, 1, '--from-schema-datamodel', fromPath);
    }
    const cli = path.join(PROJECT_ROOT, 'node_modules', 'prisma6', 'build', 'index.js');
    const run = spawnSync(
      process.execPath,
      [cli, 'migrate', 'diff', '--config', path.join(PROJECT_ROOT, 'scripts', 'lib', 'prisma6.config.ts'), ...fromArgs, '--to-schema-datamodel', toPath, '--script'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        env: {
          ...process.env,
          [URL_VARIABLE]: options.databaseUrl,
          // 6.19 otherwise tries to download a query engine it does not need for a diff.
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          CHECKPOINT_DISABLE: '1',
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
      },
    );
    if (run.status !== 0) {
      throw new Error(`prisma migrate diff failed:\n${run.stderr || run.stdout || run.error?.message}`);
    }
    return run.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when a diff script contains no statements (only comments / blank lines). */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}

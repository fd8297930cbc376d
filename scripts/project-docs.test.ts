// Keeps the README and .env.example true to the code: every variable the code reads is documented,
// every demo login is listed, every `npm run` command the README names exists.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, USERS } from '../prisma/seed/demo-world';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const README = read('README.md');
const SKIP = new Set(['node_modules', '.next', '.git', '.data', 'generated', 'test-results', 'playwright-report']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) && !/\.test\.[cm]?[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

/** Set by the platform or by our own scripts for a child process, never by a user. */
// DATABASE_OWNER_URL: set by scripts/with-test-db.ts for tests that act as the database owner.
const NOT_CONFIGURATION = new Set(['CI', 'NODE_ENV', 'NEXT_RUNTIME', 'PRISMA6_DIFF_URL', 'DATABASE_OWNER_URL']);

describe('project documentation', () => {
  test('every environment variable the code reads is in .env.example', () => {
    const documented = new Set([...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));
    const readByCode = new Set(
      sourceFiles(ROOT).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!)),
    );
    expect(readByCode.size).toBeGreaterThan(5);
    const missing = [...readByCode].filter((name) => !documented.has(name) && !NOT_CONFIGURATION.has(name)).sort();
    expect(missing, 'add these to .env.example (with a comment) or to NOT_CONFIGURATION').toEqual([]);
  });

  test('the README lists every demo login and the demo password', () => {
    for (const user of Object.values(USERS)) expect(README, user.email).toContain(`| ${user.email} |`);
    expect(README).toContain(DEMO_PASSWORD);
  });

  test('every `npm run` command the README names exists', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = [...README.matchAll(/npm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(3);
    expect([...new Set(named)].filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

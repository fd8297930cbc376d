import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as apiTokenActions from '../api-tokens/actions';
import * as assessmentActions from '../assessments/actions';
import * as claimActions from '../claims/actions';
import { ROUTES } from '../auth/route-registry';
import * as clientActions from '../clients/actions';
import * as placementActions from '../placement/actions';
import * as profileActions from '../profile/actions';
import * as profileSecurityActions from '../profile/security-actions';
import * as recommendationActions from '../recommendations/actions';
import * as userActions from '../users/actions';
import * as setPassword from '../users/set-password';
import { ACTIONS, PUBLIC_ACTIONS } from './action-registry';

/** Every action definition module, by exported name. */
const DEFINITIONS: Record<string, unknown> = { ...userActions, ...profileActions, ...profileSecurityActions, ...setPassword, ...clientActions, ...assessmentActions, ...apiTokenActions, ...placementActions, ...claimActions, ...recommendationActions };

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const APP_DIR = path.join(ROOT, 'app');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** app/(app)/clients/[clientId]/page.tsx -> /clients/[clientId] (route groups do not appear in URLs). */
function routeOf(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

const files = walk(APP_DIR);
/** Server actions may be declared anywhere in the source tree, not only under app/. */
const NOT_SOURCE = new Set(['node_modules', '.next', '.git', '.data', 'generated', 'test-results', 'playwright-report', 'e2e', 'scripts', 'prisma']);
function walkSource(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (NOT_SOURCE.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walkSource(full) : /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [full] : [];
  });
}
const sourceFiles = walkSource(ROOT);

describe('authorization registry', () => {
  test('lists every page and route handler in app/', () => {
    const pages = files.filter((f) => /\/page\.tsx?$/.test(f)).map(routeOf).sort();
    const handlers = files.filter((f) => /\/route\.ts$/.test(f)).map(routeOf).sort();
    expect(pages).toEqual(ROUTES.filter((r) => r.kind === 'page').map((r) => r.path).sort());
    expect(handlers).toEqual(ROUTES.filter((r) => r.kind === 'api').map((r) => r.path).sort());
  });

  test('lists the HTTP methods each route handler exports', () => {
    for (const file of files.filter((f) => /\/route\.ts$/.test(f))) {
      const source = readFileSync(file, 'utf8');
      const exported = [...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b|export \{([^}]*)\}/g)]
        .flatMap((m) => (m[1] ? [m[1]] : (m[2] ?? '').split(',').map((part) => part.trim().split(/\s+as\s+/).pop() ?? '')))
        .filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))
        .sort();
      const entry = ROUTES.find((r) => r.kind === 'api' && r.path === routeOf(file));
      expect(entry && entry.kind === 'api' ? Object.keys(entry.methods).sort() : undefined, file).toEqual(exported);
    }
  });

  test('lists every exported server action, and each one runs through executeAction or is declared public', () => {
    const actionFiles = sourceFiles.filter((f) => !/\.test\.[cm]?[jt]sx?$/.test(f) && /['"]use server['"]/.test(readFileSync(f, 'utf8')));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      // Only module-level action files: an inline 'use server' inside a component would be an action
      // no registry sees. (A comment before the directive is allowed.)
      const firstStatement = readFileSync(file, 'utf8').replace(/^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, '');
      expect(/^['"]use server['"]/.test(firstStatement), `${path.relative(ROOT, file)}: 'use server' must be the file's first statement (no inline server actions)`).toBe(true);
    }
    for (const file of actionFiles) {
      // Only `export async function name(…)` is understood below; any other export form would slip past it.
      const source = readFileSync(file, 'utf8');
      const otherExports = source.split('\n').filter((line) => /^export\b/.test(line) && !/^export async function \w+\(/.test(line) && !/^export type\b/.test(line));
      expect(otherExports, `${path.relative(ROOT, file)} exports something other than async functions`).toEqual([]);
    }
    const exported: string[] = [];
    for (const file of actionFiles) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/export async function (\w+)\s*\(([^)]*)\)\s*(?::[^{]+)?\{([\s\S]*?)\n\}/g)) {
        const [, name = '', , body = ''] = match;
        exported.push(name);
        if (name in ACTIONS) {
          const called = /executeAction\((\w+),/.exec(body)?.[1];
          expect(called, `${name} must call executeAction(definition, …)`).toBeDefined();
          expect(DEFINITIONS[called!], `${name} runs ${called}, which is not the registered definition`).toBe(ACTIONS[name as keyof typeof ACTIONS]);
        } else {
          expect(Object.keys(PUBLIC_ACTIONS), `${name} in ${path.relative(APP_DIR, file)} is not in the registry`).toContain(name);
          const uses = PUBLIC_ACTIONS[name as keyof typeof PUBLIC_ACTIONS].uses;
          const called = Object.entries(DEFINITIONS).find(([, value]) => value === uses)?.[0];
          expect(called && new RegExp(`\\b${called}\\(`).test(body), `${name} must hand its input to ${called ?? 'its declared function'}`).toBe(true);
        }
      }
    }
    expect(exported.sort()).toEqual([...Object.keys(ACTIONS), ...Object.keys(PUBLIC_ACTIONS)].sort());
  });
});

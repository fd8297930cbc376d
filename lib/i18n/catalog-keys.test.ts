// Validation and error messages travel as catalog keys ('validation.tooLong') from schemas and
// actions to the forms and the API. A key with no text would show as the raw key: every literal key
// in the source must exist in the catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { LOCALES } from './config';
import { translateKey } from './translate';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.next', 'generated', 'messages']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

test('every validation and error key used in the source has a text in every language', () => {
  const keys = new Set<string>();
  for (const file of ['lib', 'app', 'components'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`]((?:validation|errors)\.[A-Za-z_]+)['"`]/g)) keys.add(match[1]!);
  }
  expect(keys.size).toBeGreaterThan(20);
  for (const locale of LOCALES) {
    expect([...keys].filter((key) => translateKey(locale, key) === null), locale).toEqual([]);
  }
});

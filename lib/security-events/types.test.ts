// Every kind of security event has a writer in the code (the runtime tests prove the main ones are
// written: lib/**/*.int.test.ts and e2e/security.spec.ts) and a name in both catalogs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { SECURITY_EVENT_TYPES } from './types';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'generated', '.next'].includes(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !full.endsWith(path.join('security-events', 'types.ts')) ? [full] : [];
  });
}
const code = [...sources(path.join(ROOT, 'lib')), ...sources(path.join(ROOT, 'app'))].map((file) => readFileSync(file, 'utf8')).join('\n');

test.each(SECURITY_EVENT_TYPES)('%s is written somewhere and named in English and German', (type) => {
  expect(code).toMatch(new RegExp(`type: '${type.replace(/\./g, '\\.')}'|'${type.replace(/\./g, '\\.')}'`));
  for (const locale of ['en', 'de'] as const) {
    const name = type.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], (MESSAGES[locale].security as { events: { types: unknown } }).events.types);
    expect(typeof name, `${locale}: security.events.types.${type}`).toBe('string');
  }
});

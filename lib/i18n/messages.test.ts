import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES } from './config';
import { MESSAGES } from './messages';

const DIR = path.join(import.meta.dirname, 'messages');

/** Flattens a catalog to 'a.b.c' -> value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** ICU placeholders such as {name} or {count, plural, …}: both languages must use the same ones. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();
}

describe('message catalogs', () => {
  test('every locale has the same namespace files', () => {
    const [first, ...rest] = LOCALES.map((locale) => readdirSync(path.join(DIR, locale)).sort());
    for (const files of rest) expect(files).toEqual(first);
  });

  test('every key exists in every locale, with a non-empty text', () => {
    const [base, ...others] = LOCALES.map((locale) => ({ locale, keys: flatten(MESSAGES[locale]) }));
    for (const other of others) {
      const missingInOther = [...base!.keys.keys()].filter((k) => !other.keys.has(k));
      const missingInBase = [...other.keys.keys()].filter((k) => !base!.keys.has(k));
      expect(missingInOther, `keys missing in ${other.locale}`).toEqual([]);
      expect(missingInBase, `keys missing in ${base!.locale}`).toEqual([]);
    }
    for (const { locale, keys } of [base!, ...others]) {
      for (const [key, value] of keys) {
        expect(typeof value === 'string' && value.trim().length > 0, `${locale}: ${key} is empty or not text`).toBe(true);
      }
    }
  });

  test('translations use the same placeholders as the English text', () => {
    const english = flatten(MESSAGES.en);
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const [key, value] of flatten(MESSAGES[locale])) {
        const source = english.get(key);
        if (typeof source === 'string' && typeof value === 'string') {
          expect(placeholders(value), `${locale}: ${key}`).toEqual(placeholders(source));
        }
      }
    }
  });

  test('keys contain no dots (next-intl reads dots as nesting)', () => {
    for (const locale of LOCALES) {
      for (const file of readdirSync(path.join(DIR, locale))) {
        const raw = JSON.parse(readFileSync(path.join(DIR, locale, file), 'utf8')) as unknown;
        const check = (value: unknown, where: string) => {
          if (!value || typeof value !== 'object') return;
          for (const [key, child] of Object.entries(value)) {
            expect(key.includes('.'), `${locale}/${file}: ${where}${key}`).toBe(false);
            check(child, `${where}${key}/`);
          }
        };
        check(raw, '');
      }
    }
  });
});

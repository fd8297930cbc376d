import { describe, expect, test } from 'vitest';
import { parseEnv, secretBytes } from './env';

const GOOD_SECRET = 'q3J0b1hMUmVZc0x3Y1pQbWd6b2dQeU1GVlF4dG9kZWhBcHZRdFBmWlFIZz0K'; // 45 bytes of base64
const BASE = { NODE_ENV: 'production', DATABASE_URL: 'postgresql://app@db.internal:5432/signet', NEXTAUTH_SECRET: GOOD_SECRET, NEXTAUTH_URL: 'https://signet.example', SECOND_FACTOR_KEY: Buffer.alloc(32, 7).toString('base64') };

describe('production refuses to start with an unsafe configuration', () => {
  test('a complete https configuration starts', () => {
    expect(parseEnv(BASE)).toMatchObject({ ok: true });
  });
  test.each([
    ['an http NEXTAUTH_URL', { NEXTAUTH_URL: 'http://signet.example' }, 'NEXTAUTH_URL'],
    ['no NEXTAUTH_URL', { NEXTAUTH_URL: undefined }, 'NEXTAUTH_URL'],
    ['no secret', { NEXTAUTH_SECRET: undefined }, 'NEXTAUTH_SECRET'],
    ['the old .env.example placeholder', { NEXTAUTH_SECRET: 'change-me-to-a-long-random-string-of-48-bytes' }, 'NEXTAUTH_SECRET'],
    ['a secret under 32 random bytes (hex)', { NEXTAUTH_SECRET: 'a1'.repeat(20) }, 'NEXTAUTH_SECRET'],
    ['a long but repetitive secret', { NEXTAUTH_SECRET: 'a'.repeat(64) }, 'NEXTAUTH_SECRET'],
    ['a passphrase that is neither hex nor base64', { NEXTAUTH_SECRET: 'this is my very long and secret session passphrase!' }, 'NEXTAUTH_SECRET'],
    ['no key for authenticator secrets', { SECOND_FACTOR_KEY: undefined }, 'SECOND_FACTOR_KEY'],
    ['a key for authenticator secrets that is not 32 bytes', { SECOND_FACTOR_KEY: Buffer.alloc(16, 7).toString('base64') }, 'SECOND_FACTOR_KEY'],
  ])('%s', (_label, override, field) => {
    const result = parseEnv({ ...BASE, ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(field);
  });
  test('plain http is allowed on this machine only (the demo and the e2e tests run the production build)', () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:3100']) expect(parseEnv({ ...BASE, NEXTAUTH_URL: url })).toMatchObject({ ok: true });
  });
  test('development keeps the relaxed rules', () => {
    expect(parseEnv({ NODE_ENV: 'development', DATABASE_URL: BASE.DATABASE_URL })).toMatchObject({ ok: true });
  });
  test('session lifetimes are configurable, with 12 hours and 30 minutes by default', () => {
    const result = parseEnv(BASE);
    expect(result.ok && [result.env.SESSION_MAX_AGE_HOURS, result.env.SESSION_IDLE_TIMEOUT_MINUTES]).toEqual([12, 30]);
    const custom = parseEnv({ ...BASE, SESSION_MAX_AGE_HOURS: '8', SESSION_IDLE_TIMEOUT_MINUTES: '15' });
    expect(custom.ok && [custom.env.SESSION_MAX_AGE_HOURS, custom.env.SESSION_IDLE_TIMEOUT_MINUTES]).toEqual([8, 15]);
  });
});

test.each([
  ['00'.repeat(32), 32],
  ['ab'.repeat(31), 31],
  ['Q'.repeat(43), 32],
  ['Q'.repeat(42), 31],
  ['not base64!', 0],
])('secretBytes(%j) = %i', (secret, bytes) => {
  expect(secretBytes(secret)).toBe(bytes);
});

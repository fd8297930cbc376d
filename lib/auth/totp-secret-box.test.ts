import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret, totpSecretKey } from './totp-secret-box';

const key = randomBytes(32);
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('authenticator secrets at rest', () => {
  test('sealed, the secret does not appear; opened with the key and the same user, it does', () => {
    const sealed = sealTotpSecret({ secret, userId: 'usr_a', key });
    expect(isSealedTotpSecret(sealed)).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret({ stored: sealed, userId: 'usr_a', key })).toBe(secret);
  });

  test('every seal is different (a fresh IV), and each opens', () => {
    const [first, second] = [sealTotpSecret({ secret, userId: 'usr_a', key }), sealTotpSecret({ secret, userId: 'usr_a', key })];
    expect(first).not.toBe(second);
    expect(openTotpSecret({ stored: second, userId: 'usr_a', key })).toBe(secret);
  });

  test('another key, another user, an altered value or no key: refused', () => {
    const sealed = sealTotpSecret({ secret, userId: 'usr_a', key });
    expect(() => openTotpSecret({ stored: sealed, userId: 'usr_a', key: randomBytes(32) })).toThrow();
    expect(() => openTotpSecret({ stored: sealed, userId: 'usr_b', key })).toThrow();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openTotpSecret({ stored: [...parts.slice(0, 3), flipped.toString('base64url')].join('.'), userId: 'usr_a', key })).toThrow();
    expect(() => openTotpSecret({ stored: sealed, userId: 'usr_a', key: null })).toThrow(/SECOND_FACTOR_KEY/);
  });

  test('a secret stored before sealing existed reads as it is; without a key nothing is sealed', () => {
    expect(openTotpSecret({ stored: secret, userId: 'usr_a', key })).toBe(secret);
    expect(sealTotpSecret({ secret, userId: 'usr_a', key: null })).toBe(secret);
  });

  test('the key is 32 bytes of base64', () => {
    expect(totpSecretKey(undefined)).toBeNull();
    expect(totpSecretKey(key.toString('base64'))?.equals(key)).toBe(true);
    expect(() => totpSecretKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

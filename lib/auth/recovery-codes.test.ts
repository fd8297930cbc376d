import { expect, test } from 'vitest';
import { createRecoveryCodes, hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes';

test('ten distinct codes of the form XXXXX-XXXXX without look-alike characters', () => {
  const codes = createRecoveryCodes();
  expect(codes).toHaveLength(10);
  expect(new Set(codes).size).toBe(10);
  for (const code of codes) {
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect(looksLikeRecoveryCode(code)).toBe(true);
  }
});

test('the hash ignores case, spaces and dashes, and differs per code', () => {
  const [a, b] = createRecoveryCodes(2) as [string, string];
  expect(hashRecoveryCode(a.toLowerCase().replace('-', ' '))).toBe(hashRecoveryCode(a));
  expect(hashRecoveryCode(a)).not.toBe(hashRecoveryCode(b));
  expect(hashRecoveryCode(a)).toMatch(/^[0-9a-f]{64}$/);
});

test('a six-digit TOTP code is not mistaken for a recovery code', () => {
  expect(looksLikeRecoveryCode('123456')).toBe(false);
});

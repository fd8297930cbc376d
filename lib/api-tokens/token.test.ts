import { describe, expect, test } from 'vitest';
import { generateApiToken, hashApiToken, parseBearerToken } from './token';

describe('API tokens', () => {
  test('a new token is random, well-formed, and only its hash and first characters are kept', () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^sgn_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.token.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toHaveLength(12);
  });
  test.each([
    [null, false],
    ['', false],
    ['Basic abc', false],
    ['Bearer', false],
    ['Bearer sgn_short', false],
    [`Bearer sgn_${'a'.repeat(43)} extra`, false],
    [`Bearer xyz_${'a'.repeat(43)}`, false],
    [`Bearer sgn_${'a'.repeat(43)}`, true],
    [`bearer   sgn_${'A'.repeat(43)} `, true],
  ])('parses %j: %s', (header, ok) => {
    expect(parseBearerToken(header) !== null).toBe(ok);
  });
});

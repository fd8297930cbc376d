import { expect, test } from 'vitest';
import { apiTokenStatus } from './status';

const now = new Date('2026-12-01T12:00:00Z');
const before = new Date('2026-11-30T12:00:00Z');
const after = new Date('2026-12-02T12:00:00Z');

test.each([
  [{ expiresAt: null, revokedAt: null }, 'active'],
  [{ expiresAt: after, revokedAt: null }, 'active'],
  // authenticateApiToken refuses a token at its expiry instant too.
  [{ expiresAt: now, revokedAt: null }, 'expired'],
  [{ expiresAt: before, revokedAt: null }, 'expired'],
  [{ expiresAt: null, revokedAt: before }, 'revoked'],
  [{ expiresAt: before, revokedAt: before }, 'revoked'],
  [{ expiresAt: null, revokedAt: null, isCurrent: false }, 'ended'],
  [{ expiresAt: null, revokedAt: before, isCurrent: false }, 'revoked'],
])('%j is %s', (token, status) => {
  expect(apiTokenStatus(token, now)).toBe(status);
});
